package org.briefing.render.docx;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.briefing.style.FontFamily;
import org.briefing.style.Length;
import org.briefing.style.StyleFonts;

/**
 * How wide text is set in one of the handout's fonts, in twips: Word and LibreOffice lay the
 * DOCX out themselves, but column widths and the running header's shares must be decided here,
 * from the TrueType files the style names (measured with the JDK's own font code, design
 * advances without hinting, so the numbers are the same on every machine). A DOCX carries no
 * fonts: an application that lacks the style's font sets the text in another (LibreOffice on a
 * machine without Noto Sans takes DejaVu Sans, about a tenth wider), so a width is the widest
 * of the style's font and its fallback fonts, and a fallback with no bold face counts its
 * regular face {@value #SYNTHETIC_BOLD} times as wide.
 */
final class DocxTextWidths {
    private static final Map<String, Font> PARSED = new ConcurrentHashMap<>();
    private static final FontRenderContext DESIGN = new FontRenderContext(null, true, true);

    /** DejaVu Sans Bold against DejaVu Sans, the widest ratio among the common letters and digits. */
    static final double SYNTHETIC_BOLD = 1.12;

    private final List<Face> regular = new ArrayList<>();
    private final List<Face> bold = new ArrayList<>();
    private final Map<String, Long> cache = new HashMap<>();

    private record Face(Font font, double scale) {}

    DocxTextWidths(StyleFonts fonts, FontFamily family, Length size) {
        float points = (float) size.points();
        List<FontFamily> families = new ArrayList<>();
        families.add(family);
        families.addAll(fonts.fallback());
        for (FontFamily f : families) {
            regular.add(new Face(parsed(f.regular()).deriveFont(points), 1));
            bold.add(f.bold().map(b -> new Face(parsed(b).deriveFont(points), 1))
                    .orElse(new Face(parsed(f.regular()).deriveFont(points), SYNTHETIC_BOLD)));
        }
    }

    /** The advance of {@code text} on one line, in twips, rounded up. */
    long twips(String text, boolean isBold) {
        if (text.isEmpty()) {
            return 0;
        }
        // Cells repeat their words (statuses, countries, years): measure each string once.
        return cache.computeIfAbsent((isBold ? "b" : "r") + text, key -> {
            double points = 0;
            for (Face face : isBold ? bold : regular) {
                points = Math.max(points, face.font().getStringBounds(text, DESIGN).getWidth() * face.scale());
            }
            return (long) Math.ceil(points * 20);
        });
    }

    /** The widest of the words of {@code text} (split at white space, where every layout may break). */
    long widestWord(String text, boolean isBold) {
        long widest = 0;
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
            if (space && start >= 0) {
                widest = Math.max(widest, twips(text.substring(start, i), isBold));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return widest;
    }

    /** The widest line of {@code text} set without wrapping. */
    long widestLine(String text, boolean isBold) {
        long widest = 0;
        for (String line : text.split("\n", -1)) {
            widest = Math.max(widest, twips(line, isBold));
        }
        return widest;
    }

    private static Font parsed(FontFamily.FontFile file) {
        String key = file.file().map(Object::toString).orElse(file.bundledResource());
        return PARSED.computeIfAbsent(key, k -> {
            try (InputStream in = file.file().isPresent() ? Files.newInputStream(file.file().get())
                    : DocxTextWidths.class.getResourceAsStream(file.bundledResource())) {
                if (in == null) {
                    throw new IOException("bundled font missing: " + file.bundledResource());
                }
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("cannot measure with font " + file.name() + ": " + e.getMessage(), e);
            }
        });
    }
}
