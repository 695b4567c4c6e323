package org.briefing.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Every glyph PDFBox finds on each page, with its box (top-left origin, points), in the order the
 * content stream draws them, and the page's lines (glyphs sharing a baseline, left to right).
 */
record PdfGlyphs(List<List<PdfGlyphs.Glyph>> pages, float pageHeight) {

    /** One drawn glyph: its text, box and font size. */
    record Glyph(String text, float x, float top, float width, float height, float size, float baseline) {
        float right() {
            return x + width;
        }

        float bottom() {
            return top + height;
        }

        /** True when the two boxes share more than {@code tolerance} points both ways. */
        boolean overlaps(Glyph other, float tolerance) {
            float dx = Math.min(right(), other.right()) - Math.max(x, other.x);
            float dy = Math.min(bottom(), other.bottom()) - Math.max(top, other.top);
            return dx > tolerance && dy > tolerance;
        }
    }

    /** A line of glyphs on one baseline, left to right. */
    record Line(List<Glyph> glyphs) {
        String text() {
            StringBuilder text = new StringBuilder();
            for (Glyph g : glyphs) {
                text.append(g.text());
            }
            return text.toString();
        }

        float baseline() {
            return glyphs.get(0).baseline();
        }
    }

    static PdfGlyphs read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<List<Glyph>> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                List<Glyph> glyphs = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition t) {
                        if (!t.getUnicode().isBlank()) {
                            glyphs.add(new Glyph(t.getUnicode(), t.getXDirAdj(), t.getYDirAdj() - t.getHeightDir(),
                                    t.getWidthDirAdj(), t.getHeightDir(), t.getFontSizeInPt(), t.getYDirAdj()));
                        }
                    }
                };
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                stripper.getText(document);
                pages.add(glyphs);
            }
            return new PdfGlyphs(pages, document.getPage(0).getMediaBox().getHeight());
        } catch (IOException e) {
            throw new AssertionError("PDFBox cannot read the PDF", e);
        }
    }

    /** The lines of a page whose baselines lie between {@code fromTop} and {@code toTop} (points from the top), top down. */
    List<Line> lines(int page, float fromTop, float toTop) {
        List<Glyph> glyphs = new ArrayList<>(pages.get(page).stream()
                .filter(g -> g.baseline() >= fromTop && g.baseline() <= toTop).toList());
        glyphs.sort((a, b) -> a.baseline() != b.baseline() ? Float.compare(a.baseline(), b.baseline())
                : Float.compare(a.x(), b.x()));
        List<Line> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        for (Glyph g : glyphs) {
            if (!current.isEmpty() && Math.abs(current.get(0).baseline() - g.baseline()) > 1) {
                lines.add(new Line(List.copyOf(current)));
                current.clear();
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            lines.add(new Line(List.copyOf(current)));
        }
        for (int i = 0; i < lines.size(); i++) {
            List<Glyph> sorted = new ArrayList<>(lines.get(i).glyphs());
            sorted.sort((a, b) -> Float.compare(a.x(), b.x()));
            lines.set(i, new Line(List.copyOf(sorted)));
        }
        return lines;
    }
}
