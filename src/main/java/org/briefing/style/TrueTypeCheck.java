package org.briefing.style;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Whether a TrueType file can be embedded by the PDF writer: its table directory and every table
 * lie inside the file, the tables a TrueType font needs are there, its OS/2 {@code fsType} is not
 * 2 ("restricted licence", the one value OpenPDF 3.0 refuses to embed), and Java's own font reader
 * (JDK only) parses it. A damaged font is then a problem at the style, not a failed render.
 */
final class TrueTypeCheck {
    /** The tables OpenPDF reads from every TrueType font it embeds. */
    private static final List<String> REQUIRED = List.of("head", "hhea", "hmtx", "maxp", "cmap", "name", "OS/2",
            "loca", "glyf");
    private static final int RESTRICTED_LICENCE = 2;

    private TrueTypeCheck() {}

    /** Why the font in {@code bytes} cannot be embedded, as the rest of a sentence "font file X …"; empty if it can. */
    static Optional<String> problem(byte[] bytes, boolean parseWithJava) {
        ByteBuffer font = ByteBuffer.wrap(bytes);
        if (bytes.length < 12) {
            return unusable("it is cut short (" + bytes.length + " bytes, no table directory)");
        }
        int tables = Short.toUnsignedInt(font.getShort(4));
        if (tables == 0 || 12L + 16L * tables > bytes.length) {
            return unusable("it is cut short (its table directory runs past the end of the file)");
        }
        int os2 = -1;
        List<String> found = new java.util.ArrayList<>();
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            String tag = new String(bytes, at, 4, StandardCharsets.ISO_8859_1);
            long offset = Integer.toUnsignedLong(font.getInt(at + 8));
            long length = Integer.toUnsignedLong(font.getInt(at + 12));
            if (offset + length > bytes.length) {
                return unusable("it is cut short (table " + org.briefing.diag.Quoted.of(tag.strip())
                        + " runs past the end of the file)");
            }
            found.add(tag);
            if (tag.equals("OS/2") && length >= 10) {
                os2 = (int) offset;
            }
        }
        for (String tag : REQUIRED) {
            if (!found.contains(tag)) {
                return unusable("it has no " + org.briefing.diag.Quoted.of(tag) + " table");
            }
        }
        if (os2 < 0) {
            return unusable("its \"OS/2\" table is too short");
        }
        int fsType = Short.toUnsignedInt(font.getShort(os2 + 8));
        if (fsType == RESTRICTED_LICENCE) {
            return Optional.of("does not allow embedding (OS/2 fsType 0x0002, \"restricted licence\")");
        }
        if (parseWithJava) {
            try {
                Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
            } catch (FontFormatException | IOException e) {
                return unusable("Java's font reader refuses it");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> unusable(String why) {
        return Optional.of("is not a usable TrueType font: " + why);
    }
}
