package org.briefing.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefing.PdfReadBack;
import org.briefing.load.ReportLoader;
import org.briefing.plan.Plan;
import org.briefing.plan.Planner;
import org.briefing.style.StyleLoader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Extreme but valid styles (the largest type on the smallest text block, the smallest type) lay
 * long texts out: headings and titles too big for a line are wrapped or shrunk, never looped on.
 */
class PdfExtremeStyleTest {
    /**
     * The largest type the style bounds allow on the smallest text block they allow (80 mm by
     * 150 mm on A4): running text at 1/15 of the width, display sizes at 1/8, the title at 1/4.
     */
    private static final String HUGE = """
            { "extends": "briefing",
              "page": { "margins": { "top": "73.5mm", "bottom": "73.5mm", "inside": "65mm", "outside": "65mm" } },
              "sizes": { "body": "15pt", "small": "14pt", "table": "15pt", "heading1": "28pt", "heading2": "28pt",
                         "heading3": "28pt", "title": "56pt", "subtitle": "28pt", "figure": "28pt" } }
            """;
    private static final String TINY = """
            { "extends": "briefing",
              "sizes": { "body": "4pt", "small": "4pt", "table": "4pt", "heading1": "4pt", "heading2": "4pt",
                         "heading3": "4pt", "title": "4pt", "subtitle": "4pt", "figure": "4pt" } }
            """;

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"issue-9-long-title-organization-and-edition.json", "issue-9-header-short-title-beside-edition.json"})
    void theLargestTypeOnTheSmallestTextBlockIsLaidOut(String fixture) throws Exception {
        renders(fixture, HUGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"issue-9-long-title-organization-and-edition.json"})
    void theSmallestTypeIsLaidOut(String fixture) throws Exception {
        renders(fixture, TINY);
    }

    private void renders(String fixture, String styleJson) throws Exception {
        Path style = folder.resolve("extreme.json");
        Files.writeString(style, styleJson);
        Plan plan = Planner.plan(ReportLoader.load(Path.of("src/test/resources/fixtures", fixture)),
                StyleLoader.load(style.toString(), folder));
        PdfRenderer.Result result = PdfRenderer.render(plan);
        PdfReadBack pdf = PdfReadBack.read(result.bytes(), result.warnings());
        // A word wider than the line would be broken between letters; at these sizes none is.
        assertTrue(PdfLongTextsTest.bare(pdf.pageTexts().get(1)).contains(plan.words().contents()),
                "the cover is one page");
        assertTrue(PdfLongTextsTest.bare(pdf.flatText()).contains(PdfLongTextsTest.bare(
                plan.report().sections().get(0).blocks().get(0) instanceof org.briefing.model.Block.Paragraph p
                        ? p.text().plainText().substring(0, 80) : "")), "the body is there");
        PdfGlyphs glyphs = PdfGlyphs.read(result.bytes());
        for (int page = 0; page < glyphs.pages().size(); page++) {
            assertEquals(List.of(), PdfLongTextsTest.overlaps(glyphs.pages().get(page)), "page " + (page + 1));
        }
        PdfRenderer.Result summary = PdfSummaryRenderer.render(plan);
        assertEquals(1, PdfReadBack.read(summary.bytes(), summary.warnings()).pageTexts().size(), "one page");
    }
}
