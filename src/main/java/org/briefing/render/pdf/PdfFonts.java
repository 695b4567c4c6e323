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
import org.openpdf.text.Image;
import org.openpdf.text.Phrase;
import org.openpdf.text.SplitCharacter;
import org.openpdf.text.pdf.DefaultSplitCharacter;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The fonts of one PDF: every face embedded as a subset (Identity-H), with the style's fallback
 * families tried for characters the main family lacks. A character no font has is drawn as a
 * visible box and noted with the places it occurs in, never dropped silently.
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

    /** A missing character's box: this wide and tall, in ems, drawn with a line this thick. */
    private static final float BOX_ADVANCE = 0.6f;
    private static final float BOX_SIDE = 0.08f;
    private static final float BOX_HEIGHT = 0.7f;
    private static final float BOX_LINE = 0.06f;

    private final Map<FontFile, BaseFont> loaded = new HashMap<>();
    private final List<FontFamily> fallback;
    private final PdfWriter writer;
    /** Characters no font has, each with the places it occurs in, in the order met. */
    private final Map<Integer, Set<String>> missing = new java.util.LinkedHashMap<>();
    /** The box drawn for a missing character, one per size and colour, drawn once and placed by reference. */
    private final Map<Look, Image> boxes = new HashMap<>();

    PdfFonts(StyleFonts fonts, PdfWriter writer) {
        this.fallback = fonts.fallback();
        this.writer = writer;
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
                if (run.length() > 0) {
                    chunks.add(new Chunk(run.toString(), runFont));
                    run.setLength(0);
                }
                runFont = null;
                chunks.add(boxChunk(look));
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
        missing.computeIfAbsent(cp, c -> new LinkedHashSet<>()).add(where);
        return null;
    }

    /** How wide a chunk is drawn: its text in its font, or a box's advance. */
    static float width(Chunk chunk) {
        if (chunk.getImage() != null) {
            return chunk.getImage().getScaledWidth();
        }
        return chunk.getFont().getBaseFont().getWidthPoint(chunk.getContent(), chunk.getFont().getSize());
    }

    /**
     * The box that stands for a character no font has: a stroked rectangle of roughly a
     * letter's size in the text's colour, so that the loss shows on the page instead of the
     * text closing up over it.
     */
    private Chunk boxChunk(Look look) {
        Image box = box(look);
        // Placed its own height below the baseline and drawn that much higher inside, the box
        // adds no height to its line: OpenPDF counts an inline image's height into the line's
        // leading, and a one-line text box (ColumnText.showTextAligned) would then draw nothing.
        return new Chunk(box, 0, -box.getScaledHeight(), false);
    }

    private Image box(Look look) {
        Look key = new Look(look.family(), look.size(), false, false, look.colour());
        return boxes.computeIfAbsent(key, k -> {
            float em = k.size();
            float width = BOX_ADVANCE * em;
            float height = BOX_HEIGHT * em;
            PdfTemplate template = PdfTemplate.createTemplate(writer, width, height);
            template.setBoundingBox(new org.openpdf.text.Rectangle(0, height, width, 2 * height));
            template.setColorStroke(colour(k.colour()));
            template.setLineWidth(BOX_LINE * em);
            float inset = BOX_LINE * em / 2;
            template.rectangle(BOX_SIDE * em, height + inset, width - 2 * BOX_SIDE * em, height - 2 * inset);
            template.stroke();
            try {
                return Image.getInstance(template);
            } catch (org.openpdf.text.BadElementException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The characters no font had, each with its places, in the order first met. */
    List<MissingCharacter> missing() {
        List<MissingCharacter> all = new ArrayList<>();
        missing.forEach((cp, places) -> all.add(new MissingCharacter(cp,
                places.stream().limit(MissingCharacter.NAMED_PLACES).toList(), places.size())));
        return List.copyOf(all);
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
