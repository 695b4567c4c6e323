package org.briefing.render.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.briefing.style.Colour;
import org.briefing.style.FontFamily;
import org.briefing.style.FontFamily.FontFile;
import org.briefing.style.StyleFonts;
import org.openpdf.text.Chunk;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.SplitCharacter;
import org.openpdf.text.pdf.DefaultSplitCharacter;
import org.openpdf.text.pdf.BaseFont;

/**
 * The fonts of one PDF: every face embedded as a subset (Identity-H), with the style's fallback
 * families tried for characters the main family lacks. A character no font has is noted as a
 * warning, never dropped silently.
 */
final class PdfFonts {
    /** Font file bytes, read once per JVM and shared by every thread. */
    private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();

    /**
     * Parsed fonts, kept per thread: OpenPDF's BaseFont is not meant to be shared between
     * documents written at the same time, but one thread writes one document at a time.
     */
    private static final ThreadLocal<Map<FontFile, BaseFont>> PARSED = ThreadLocal.withInitial(HashMap::new);

    /** Lines may also break after an en or em dash ("January–|September"), never inside a word. */
    private static final SplitCharacter BREAKS = (start, current, end, cc, ck) ->
            DefaultSplitCharacter.DEFAULT.isSplitCharacter(start, current, end, cc, ck)
                    || cc[current] == '\u2013' || cc[current] == '\u2014';

    private final Map<FontFile, BaseFont> loaded = new HashMap<>();
    private final List<FontFamily> fallback;
    /** Characters no font has, by the place they were left out of, in the order met. */
    private final Map<String, Set<Integer>> missing = new java.util.LinkedHashMap<>();
    /** A warning names this many missing characters of one place, then counts the rest. */
    private static final int NAMED_CHARACTERS = 10;

    PdfFonts(StyleFonts fonts) {
        this.fallback = fonts.fallback();
    }

    /** A text style: family, size, weight, slant and colour. */
    record Look(FontFamily family, float size, boolean bold, boolean italic, Colour colour) {
        Look withColour(Colour other) {
            return new Look(family, size, bold, italic, other);
        }

        Look inBold() {
            return new Look(family, size, true, italic, colour);
        }

        Look inItalic() {
            return new Look(family, size, bold, true, colour);
        }

        Look sized(float other) {
            return new Look(family, other, bold, italic, colour);
        }
    }

    Font font(Look look) {
        return new Font(base(look.family().face(look.bold(), look.italic())), look.size(), Font.NORMAL, colour(look.colour()));
    }

    static Color colour(Colour c) {
        return new Color(c.red(), c.green(), c.blue());
    }

    /**
     * The text as chunks: each run of characters in the first font (main family, then the
     * fallbacks) that has them. {@code where} names the place for the warning when none has one.
     */
    Phrase phrase(String text, Look look, String where) {
        Phrase phrase = new Phrase();
        phrase.setLeading(0);
        for (Chunk chunk : chunks(text, look, where)) {
            phrase.add(chunk);
        }
        return phrase;
    }

    List<Chunk> chunks(String text, Look look, String where) {
        List<Font> chain = new ArrayList<>();
        chain.add(font(look));
        for (FontFamily family : fallback) {
            chain.add(font(new Look(family, look.size(), look.bold(), look.italic(), look.colour())));
        }
        List<Chunk> chunks = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        Font runFont = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            Font font = fontFor(cp, chain, where);
            if (font == null) {
                continue;
            }
            if (runFont != null && font != runFont) {
                chunks.add(new Chunk(run.toString(), runFont));
                run.setLength(0);
            }
            runFont = font;
            run.appendCodePoint(cp);
        }
        if (run.length() > 0) {
            chunks.add(new Chunk(run.toString(), runFont));
        }
        chunks.forEach(c -> c.setSplitCharacter(BREAKS));
        return chunks;
    }

    private Font fontFor(int cp, List<Font> chain, String where) {
        if (cp == '\n' || cp == '\r' || cp == '\t') {
            return chain.get(0);
        }
        for (Font font : chain) {
            if (font.getBaseFont().charExists(cp)) {
                return font;
            }
        }
        missing.computeIfAbsent(where, w -> new LinkedHashSet<>()).add(cp);
        return null;
    }

    /**
     * Warnings about characters no font could show: one per place, naming its first few
     * characters and counting the rest, the place quoted short, so a long title of an
     * unsupported script gives one bounded line, not thousands.
     */
    List<String> warnings() {
        List<String> warnings = new java.util.ArrayList<>();
        missing.forEach((where, characters) -> {
            List<String> named = characters.stream().limit(NAMED_CHARACTERS)
                    .map(cp -> String.format("U+%04X '%s'", cp, org.briefing.diag.Quoted.bare(
                            new String(Character.toChars(cp)), 1)))
                    .toList();
            String more = characters.size() > NAMED_CHARACTERS
                    ? " and " + (characters.size() - NAMED_CHARACTERS) + " more characters" : "";
            warnings.add((characters.size() == 1 ? "character " : "characters ") + String.join(", ", named) + more
                    + (characters.size() == 1 ? " is" : " are") + " in none of the style's fonts; left out of "
                    + org.briefing.diag.Quoted.bare(where, 80));
        });
        return List.copyOf(warnings);
    }

    /** The font for this document: parsed once per thread, its subset-prefix generator reseeded per document. */
    BaseFont base(FontFile file) {
        return loaded.computeIfAbsent(file, f -> {
            BaseFont font = PARSED.get().computeIfAbsent(f, PdfFonts::create);
            font.setSecureRandom(seeded(f.name()));
            return font;
        });
    }

    private static BaseFont create(FontFile file) {
        try {
            byte[] bytes = FILES.computeIfAbsent(file.file().map(Object::toString).orElse(file.bundledResource()),
                    key -> read(file));
            BaseFont font = BaseFont.createFont(file.name(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            font.setSubset(true);
            // PDF/A-2 rule 6.2.11.4.2: a CIDSet, if present, must be complete; subsets make it incomplete.
            font.setIncludeCidSet(false);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (org.openpdf.text.DocumentException e) {
            throw new IllegalStateException("cannot use font " + file.name() + ": " + e.getMessage(), e);
        }
    }

    /** Subset prefixes ("ABCDEF+NotoSans") come from this, so the same input gives the same bytes. */
    private static SecureRandom seeded(String name) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] read(FontFile file) {
        try {
            if (file.file().isPresent()) {
                return Files.readAllBytes(file.file().get());
            }
            try (InputStream in = PdfFonts.class.getResourceAsStream(file.bundledResource())) {
                if (in == null) {
                    throw new IOException("bundled font missing: " + file.bundledResource());
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
