package org.briefing.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.briefing.Seed;
import org.briefing.load.ReportLoader;
import org.briefing.plan.Planner;
import org.junit.jupiter.api.Test;

/** A character no font has is drawn as a stroked box in its place on the line, never as nothing. */
class PdfMissingCharacterBoxTest {

    @Test
    void aCharacterNoFontHasIsABoxBetweenItsNeighboursOnTheLine() throws Exception {
        String report = """
                { "metadata": { "title": "Glyphs", "organization": "O", "date": "2023-01-12", "language": "en" },
                  "lead": "Lead.",
                  "sections": [ { "title": "Signs", "blocks": [ "Before\\ud80c\\udc00After and more." ] } ] }
                """;
        PdfRenderer.Result result = PdfRenderer.render(Planner.plan(ReportLoader.loadText("box.json", report), Seed.style()));
        PdfGlyphs glyphs = PdfGlyphs.read(result.bytes());
        List<List<PdfStrokedBoxes.Box>> boxes = PdfStrokedBoxes.read(result.bytes());
        int page = pageWith(glyphs, "BeforeAfter");
        PdfGlyphs.Line line = glyphs.lines(page, 0, glyphs.pageHeight()).stream()
                .filter(l -> l.text().contains("BeforeAfter")).findFirst().orElseThrow();
        int at = line.text().indexOf("BeforeAfter") + "Before".length();
        PdfGlyphs.Glyph e = line.glyphs().get(at - 1);
        PdfGlyphs.Glyph a = line.glyphs().get(at);
        float size = e.size();
        List<PdfStrokedBoxes.Box> between = boxes.get(page).stream()
                .filter(b -> b.x() >= e.right() - 0.5f && b.x() + b.width() <= a.x() + 0.5f)
                .filter(b -> b.bottom() <= e.baseline() + 0.5f && b.bottom() >= e.baseline() - 0.2f * size)
                .toList();
        assertEquals(1, between.size(), "boxes between 'e' and 'A': " + between + " of " + boxes.get(page));
        PdfStrokedBoxes.Box box = between.get(0);
        // About a letter's size: visible, not a dot, not a block.
        assertTrue(box.width() > 0.3f * size && box.width() < size, box + " at size " + size);
        assertTrue(box.height() > 0.5f * size && box.height() < size, box + " at size " + size);
        // The gap the box stands in is as wide as the box's advance, so the text does not close up.
        assertTrue(a.x() - e.right() >= box.width(), "gap " + (a.x() - e.right()) + " for " + box);
    }

    /**
     * Titles are set as one-line text boxes (the cover, the running header, the summary): a box
     * in the title must neither hide the title nor be left out.
     */
    @Test
    void aTitleWithACharacterNoFontHasIsDrawnWithItsBoxOnTheCoverAndTheSummary() throws Exception {
        String report = """
                { "metadata": { "title": "Signs \ud80c\udc00", "organization": "O", "date": "2023-01-12", "language": "en" },
                  "lead": "Lead.",
                  "sections": [ { "title": "Signs", "blocks": [ "Text." ] } ] }
                """;
        var plan = Planner.plan(ReportLoader.loadText("title.json", report), Seed.style());
        assertBoxAfter(PdfRenderer.render(plan).bytes(), 0, "Signs");
        assertBoxAfter(PdfSummaryRenderer.render(plan).bytes(), 0, "Signs");
    }

    private static void assertBoxAfter(byte[] pdf, int page, String word) {
        PdfGlyphs glyphs = PdfGlyphs.read(pdf);
        PdfGlyphs.Line line = glyphs.lines(page, 0, glyphs.pageHeight()).stream()
                .filter(l -> l.text().contains(word)).findFirst()
                .orElseThrow(() -> new AssertionError(word + " is not on page " + (page + 1)));
        PdfGlyphs.Glyph last = line.glyphs().get(line.text().indexOf(word) + word.length() - 1);
        List<PdfStrokedBoxes.Box> after = PdfStrokedBoxes.read(pdf).get(page).stream()
                .filter(b -> b.x() >= last.right() && b.x() < last.right() + 2 * last.size())
                .filter(b -> Math.abs(b.bottom() - last.baseline()) < 0.2f * last.size())
                .toList();
        assertEquals(1, after.size(), "boxes after " + word + ": " + after);
    }

    private static int pageWith(PdfGlyphs glyphs, String text) {
        for (int page = 0; page < glyphs.pages().size(); page++) {
            StringBuilder all = new StringBuilder();
            glyphs.pages().get(page).forEach(g -> all.append(g.text()));
            if (all.toString().contains(text)) {
                return page;
            }
        }
        throw new AssertionError(text + " is on no page");
    }
}
