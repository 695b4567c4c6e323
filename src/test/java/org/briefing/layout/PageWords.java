package org.briefing.layout;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The words of one PDF page as PDFBox reads them, each with the box its glyphs cover. Glyphs
 * are taken in the order they are drawn (not sorted, not de-duplicated, so text drawn twice or
 * over other text stays visible) and joined into a word while they continue one baseline.
 */
final class PageWords {
    private PageWords() {}

    /**
     * A word in points from the page's top-left corner: the box its glyphs' ink covers, its
     * baseline, and where the pen started and ended across (glyphs such as "J" or an italic "f"
     * reach a little past their advance; typesetting puts the advance, not the ink, at the margin).
     */
    record Word(String text, double left, double right, double top, double baseline, double bottom, double penLeft,
            double penRight, String font, double size) {
        String box() {
            return String.format(Locale.ROOT, "[x %.1f–%.1f, y %.1f–%.1f]", left, right, top, bottom);
        }

        String shown() {
            return "\"" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "\" " + box();
        }
    }

    /** The words on page {@code page} (1-based). */
    static List<Word> of(PDDocument document, int page) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.add(text);
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        return words(glyphs);
    }

    private static List<Word> words(List<TextPosition> glyphs) {
        List<Word> words = new ArrayList<>();
        List<TextPosition> current = new ArrayList<>();
        for (TextPosition glyph : glyphs) {
            boolean blank = glyph.getUnicode() == null || glyph.getUnicode().isBlank();
            if (!current.isEmpty() && (blank || !continues(current.get(current.size() - 1), glyph))) {
                words.add(word(current));
                current.clear();
            }
            if (!blank) {
                current.add(glyph);
            }
        }
        if (!current.isEmpty()) {
            words.add(word(current));
        }
        return words;
    }

    /** The next glyph sits on the same baseline, starting where the last one ended (give or take a little). */
    private static boolean continues(TextPosition last, TextPosition next) {
        double end = last.getXDirAdj() + last.getWidthDirAdj();
        double size = Math.max(1, last.getFontSizeInPt());
        return Math.abs(last.getYDirAdj() - next.getYDirAdj()) < 0.5
                && next.getXDirAdj() >= end - 0.3 * size && next.getXDirAdj() <= end + 0.15 * size;
    }

    private static Word word(List<TextPosition> glyphs) {
        StringBuilder text = new StringBuilder();
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        double penLeft = Double.MAX_VALUE;
        double penRight = -Double.MAX_VALUE;
        for (TextPosition glyph : glyphs) {
            penLeft = Math.min(penLeft, glyph.getXDirAdj());
            penRight = Math.max(penRight, glyph.getXDirAdj() + glyph.getWidthDirAdj());
            text.append(glyph.getUnicode());
            double size = glyph.getFontSizeInPt() / 1000;
            Rectangle2D ink = ink(glyph);
            left = Math.min(left, glyph.getXDirAdj() + ink.getMinX() * size);
            right = Math.max(right, glyph.getXDirAdj() + ink.getMaxX() * size);
            top = Math.min(top, glyph.getYDirAdj() - ink.getMaxY() * size);
            bottom = Math.max(bottom, glyph.getYDirAdj() - ink.getMinY() * size);
        }
        TextPosition first = glyphs.get(0);
        return new Word(text.toString(), left, right, top, first.getYDirAdj(), bottom, penLeft, penRight,
                first.getFont().getName(), first.getFontSizeInPt());
    }

    /**
     * The glyph's ink in thousandths of its size, y up from the baseline: its outline's bounds
     * when the font has outlines; else the advance across and the font's cap height over its
     * descent, so a "1" in a big figure does not count as touching the line below with a descender it lacks.
     */
    private static Rectangle2D ink(TextPosition glyph) {
        PDFont font = glyph.getFont();
        int[] codes = glyph.getCharacterCodes();
        if (font instanceof PDVectorFont vector && codes.length == 1) {
            Map<Integer, Rectangle2D> known = INK.computeIfAbsent(font, f -> new HashMap<>());
            Rectangle2D cached = known.get(codes[0]);
            if (cached != null) {
                return cached;
            }
            try {
                Rectangle2D bounds = vector.getNormalizedPath(codes[0]).getBounds2D();
                if (!bounds.isEmpty()) {
                    known.put(codes[0], bounds);
                    return bounds;
                }
            } catch (IOException e) {
                // fall back to the font's metrics
            }
        }
        double advance = glyph.getWidthDirAdj() * 1000 / Math.max(1e-6, glyph.getFontSizeInPt());
        return new Rectangle2D.Double(0, -descent(font) * 1000, advance, (capHeight(font) + descent(font)) * 1000);
    }

    /** Outline bounds by font and code; weak keys, so a closed document's fonts go. */
    private static final Map<PDFont, Map<Integer, Rectangle2D>> INK = java.util.Collections.synchronizedMap(new WeakHashMap<>());

    /** The font's cap height as a share of its size (0.7 when the font does not say). */
    private static double capHeight(PDFont font) {
        PDFontDescriptor descriptor = font.getFontDescriptor();
        float cap = descriptor == null ? 0 : descriptor.getCapHeight();
        return cap > 0 ? cap / 1000 : 0.7;
    }

    /** The font's descent below the baseline as a share of its size (0.2 when the font does not say). */
    private static double descent(PDFont font) {
        PDFontDescriptor descriptor = font.getFontDescriptor();
        float descent = descriptor == null ? 0 : Math.abs(descriptor.getDescent());
        return descent > 0 ? descent / 1000 : 0.2;
    }
}
