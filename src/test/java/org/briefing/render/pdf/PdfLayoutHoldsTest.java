package org.briefing.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.briefing.PdfReadBack;
import org.briefing.Seed;
import org.briefing.load.ReportLoader;
import org.briefing.plan.Plan;
import org.briefing.plan.Planner;
import org.briefing.plan.PlannedSection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Layout that holds on reports of other shapes: a chain of headings stays with the text it
 * introduces, the outline reaches every heading, list labels of any width stay clear of their text.
 */
@ParameterizedClass
@ValueSource(strings = {"briefing", "print", "handout"})
class PdfLayoutHoldsTest {
    private static final Path CHAIN = Path.of("src/test/resources/fixtures/issue-9-heading-chain-at-page-foot.json");
    private static final Path LIST = Path.of("src/test/resources/fixtures/issue-9-numbered-list-of-1050-items.json");

    @Parameter
    String style;

    private Plan plan(Path report) throws Exception {
        return Planner.plan(ReportLoader.load(report), Seed.style(style));
    }

    private static Stream<PlannedSection> headings(Plan plan) {
        return Stream.concat(plan.sections().stream(), plan.appendices().stream())
                .flatMap(PlannedSection::selfAndDescendants);
    }

    /** The text without any kind of space (glyph lines have none). */
    static String bare(String text) {
        return text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    @Test
    void noPageEndsWithAHeadingEvenWhenHeadingsFollowEachOther() throws Exception {
        Plan plan = plan(CHAIN);
        PdfRenderer.Result result = PdfRenderer.render(plan);
        PdfGlyphs glyphs = PdfGlyphs.read(result.bytes());
        List<String> titles = headings(plan).map(s -> bare(s.heading())).toList();
        float top = (float) plan.style().page().margins().top().points();
        float bottom = glyphs.pageHeight() - (float) plan.style().page().margins().bottom().points();
        float body = (float) plan.style().sizes().body().points();
        int chainsAtAFoot = 0;
        for (int p = 2; p < glyphs.pages().size(); p++) {
            List<PdfGlyphs.Line> lines = glyphs.lines(p, top, bottom + 2);
            PdfGlyphs.Line last = lines.get(lines.size() - 1);
            String text = last.text();
            boolean headingSized = last.glyphs().get(0).size() > body + 0.1;
            boolean isHeading = headingSized && titles.stream().anyMatch(t -> t.endsWith(text));
            assertFalse(isHeading, "page " + (p + 1) + " ends with the heading " + text);
            // The next page starting with two headings or more shows a chain that met this page's foot.
            if (p + 1 < glyphs.pages().size()) {
                List<PdfGlyphs.Line> next = glyphs.lines(p + 1, top, bottom + 2);
                if (next.size() > 1 && next.get(0).glyphs().get(0).size() > body + 0.1
                        && next.get(1).glyphs().get(0).size() > body + 0.1) {
                    chainsAtAFoot++;
                }
            }
        }
        assertTrue(chainsAtAFoot > 0, "the fixture puts a chain of headings at some page's foot");
    }

    @Test
    void theOutlineHasEveryHeadingDeeperLevelsClosedEachGoingToItsHeadingsPage() throws Exception {
        Plan plan = plan(CHAIN);
        PdfRenderer.Result result = PdfRenderer.render(plan);
        PdfReadBack pdf = PdfReadBack.read(result.bytes(), result.warnings());
        int tocDepth = plan.style().headings().tocDepth();
        try (PDDocument document = pdf.open()) {
            List<String> titles = new ArrayList<>();
            collect(document, pdf, document.getDocumentCatalog().getDocumentOutline().children(), 1, tocDepth, titles);
            List<String> expected = new ArrayList<>(List.of(plan.words().summary()));
            if (!plan.keyFigures().isEmpty()) {
                expected.add(plan.words().keyFigures());
            }
            headings(plan).forEach(s -> expected.add(PdfReadBack.flat(s.heading())));
            assertEquals(expected, titles);
            assertTrue(headings(plan).anyMatch(s -> s.level() > tocDepth), "the fixture goes deeper than the contents");
        }
    }

    private static void collect(PDDocument document, PdfReadBack pdf, Iterable<PDOutlineItem> items, int level,
            int tocDepth, List<String> titles) throws IOException {
        for (PDOutlineItem item : items) {
            String title = PdfReadBack.flat(item.getTitle());
            titles.add(title);
            int page = document.getPages().indexOf(item.findDestinationPage(document));
            assertTrue(PdfReadBack.flat(pdf.pageTexts().get(page)).contains(title),
                    "the outline entry " + title + " goes to the page of its heading");
            if (item.hasChildren()) {
                assertEquals(level < tocDepth, item.isNodeOpen(), "open only above the contents' depth: " + title);
            }
            collect(document, pdf, item.children(), level + 1, tocDepth, titles);
        }
    }

    @Test
    void listLabelsOfAnyWidthStayClearOfTheirItemsText() throws Exception {
        Plan plan = plan(LIST);
        PdfRenderer.Result result = PdfRenderer.render(plan);
        PdfGlyphs glyphs = PdfGlyphs.read(result.bytes());
        List<String> labels = List.of("9.", "12.", "99.", "100.", "120.", "999.", "1000.", "1050.");
        List<String> seen = new ArrayList<>();
        for (int p = 2; p < glyphs.pages().size(); p++) {
            for (PdfGlyphs.Line line : glyphs.lines(p, 0, glyphs.pageHeight())) {
                String text = line.text();
                for (String label : labels) {
                    if (!text.startsWith(label) || text.length() <= label.length()
                            || !Character.isLetter(text.charAt(label.length()))) {
                        continue;
                    }
                    PdfGlyphs.Glyph dot = line.glyphs().get(label.length() - 1);
                    PdfGlyphs.Glyph word = line.glyphs().get(label.length());
                    assertTrue(word.x() - dot.right() >= 3, "label " + label + " is "
                            + (word.x() - dot.right()) + " pt from its text on page " + (p + 1));
                    seen.add(label);
                }
            }
        }
        assertTrue(seen.containsAll(labels), "every label looked at: " + seen);
        assertEquals(List.of(), PdfLongTextsTest.overlaps(glyphs.pages().get(3)));
    }
}
