package org.briefing.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefing.PdfReadBack;
import org.briefing.Seed;
import org.briefing.load.ReportLoader;
import org.briefing.plan.Plan;
import org.briefing.plan.Planner;
import org.briefing.style.PageSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Long titles, organization names, short titles and editions are laid out, never refused: on the
 * cover, in the running header (whose two parts never touch) and in the summary's title block,
 * cut with "…" and a warning only where nothing else fits.
 */
@ParameterizedClass
@ValueSource(strings = {"briefing", "print", "handout"})
class PdfLongTextsTest {
    private static final Path HEADER = Path.of("src/test/resources/fixtures/issue-9-header-short-title-beside-edition.json");
    private static final Path LONG = Path.of("src/test/resources/fixtures/issue-9-long-title-organization-and-edition.json");
    /** The least room, in points, between the header's two parts. */
    private static final float GAP = 10;

    @Parameter
    String style;

    private Plan plan(Path report) throws Exception {
        return Planner.plan(ReportLoader.load(report), Seed.style(style));
    }

    /** Glyph pairs drawn over each other on a page (boxes sharing more than half a point each way). */
    static List<String> overlaps(List<PdfGlyphs.Glyph> glyphs) {
        List<PdfGlyphs.Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort((a, b) -> Float.compare(a.x(), b.x()));
        List<String> found = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size() && sorted.get(j).x() < sorted.get(i).right(); j++) {
                if (sorted.get(i).overlaps(sorted.get(j), 0.5f)) {
                    found.add("'" + sorted.get(i).text() + "' and '" + sorted.get(j).text() + "' at "
                            + sorted.get(i).x() + "," + sorted.get(i).top());
                }
            }
        }
        return found;
    }

    /** The header's lines on every page but the cover: no glyph on another, the two parts apart. */
    private void assertHeaderPartsApart(Plan plan, PdfGlyphs glyphs) {
        PageSetup page = plan.style().page();
        float topMargin = (float) page.margins().top().points();
        for (int p = 1; p < glyphs.pages().size(); p++) {
            List<PdfGlyphs.Line> header = glyphs.lines(p, 0, topMargin);
            assertFalse(header.isEmpty(), "page " + (p + 1) + " has a header");
            List<PdfGlyphs.Glyph> all = header.stream().flatMap(l -> l.glyphs().stream()).toList();
            assertEquals(List.of(), overlaps(all), "header glyphs drawn over each other on page " + (p + 1));
            float inside = (float) page.margins().inside().points();
            float outside = (float) page.margins().outside().points();
            float left = (p + 1) % 2 == 1 ? inside : outside;
            float right = (float) page.size().width() - ((p + 1) % 2 == 1 ? outside : inside);
            for (PdfGlyphs.Line line : header) {
                List<PdfGlyphs.Glyph> g = line.glyphs();
                boolean atLeft = g.get(0).x() < left + 1;
                boolean atRight = g.get(g.size() - 1).right() > right - 1;
                if (atLeft && atRight) {
                    float widest = 0;
                    for (int i = 1; i < g.size(); i++) {
                        widest = Math.max(widest, g.get(i).x() - g.get(i - 1).right());
                    }
                    assertTrue(widest >= GAP, "the header's parts are " + widest + " pt apart on page " + (p + 1)
                            + ": " + line.text());
                }
                assertTrue(g.get(0).x() >= left - 1 && g.get(g.size() - 1).right() <= right + 1,
                        "header inside the text block's width on page " + (p + 1));
            }
        }
    }

    private static String headerText(PdfGlyphs glyphs, Plan plan, int page) {
        StringBuilder text = new StringBuilder();
        glyphs.lines(page, 0, (float) plan.style().page().margins().top().points())
                .forEach(l -> text.append(l.text()));
        return text.toString();
    }

    /** The text without any kind of space (glyph lines have none). */
    static String bare(String text) {
        return text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    @Test
    void aLongShortTitleBesideTheEditionKeepsItsShareAndNeverTouchesIt() throws Exception {
        Plan plan = plan(HEADER);
        PdfRenderer.Result result = PdfRenderer.render(plan);
        PdfGlyphs glyphs = PdfGlyphs.read(result.bytes());
        assertHeaderPartsApart(plan, glyphs);
        String header = headerText(glyphs, plan, 2);
        // The edition is the shorter part: it stays whole, and the short title wraps beside it, whole too.
        assertTrue(header.contains(bare(plan.report().metadata().edition().orElseThrow())), header);
        assertTrue(header.contains(bare("Report of the Special Rapporteur")), header);
        assertTrue(header.contains(bare("Republic of Korea")), header);
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void longTitleOrganizationAndEditionAreLaidOutCutOnlyWhereNothingElseFits() throws Exception {
        Plan plan = plan(LONG);
        PdfRenderer.Result result = PdfRenderer.render(plan);
        PdfGlyphs glyphs = PdfGlyphs.read(result.bytes());
        PdfReadBack pdf = PdfReadBack.read(result.bytes(), result.warnings());
        assertTrue(pdf.pageTexts().get(1).contains(plan.words().contents()), "the cover is one page");
        assertEquals(List.of(), overlaps(glyphs.pages().get(0)), "cover glyphs drawn over each other");
        float width = (float) plan.style().page().size().width();
        float height = glyphs.pageHeight();
        for (PdfGlyphs.Glyph g : glyphs.pages().get(0)) {
            assertTrue(g.x() >= 0 && g.right() <= width && g.top() >= 0 && g.bottom() <= height, "on the page");
        }
        String cover = bare(pdf.pageTexts().get(0));
        var m = plan.report().metadata();
        assertTrue(cover.contains(bare(m.title().substring(0, 60))), "the title starts on the cover");
        assertTrue(cover.contains("\u2026"), "the 2,000-character title is cut on the cover");
        assertTrue(cover.contains(bare("Office of the United Nations High Commissioner")), cover);
        assertTrue(result.warnings().stream().anyMatch(w -> w.startsWith("the title is too long for the cover")),
                result.warnings().toString());
        assertHeaderPartsApart(plan, glyphs);
        for (String w : result.warnings()) {
            assertTrue(w.length() < 300 && !w.contains("\n"), "a warning is one short line: " + w);
        }

        PdfRenderer.Result summary = PdfSummaryRenderer.render(plan);
        PdfReadBack one = PdfReadBack.read(summary.bytes(), summary.warnings());
        assertEquals(1, one.pageTexts().size(), "the summary is one page");
        String text = bare(one.pageTexts().get(0));
        assertTrue(text.contains(bare(m.title().substring(0, 60))), "the summary starts with the title");
        assertTrue(text.contains(bare(plan.report().keyPoints().get(0).plainText())), "key points still shown");
        assertTrue(summary.warnings().stream().anyMatch(w -> w.startsWith("the title is too long for the summary")),
                summary.warnings().toString());
        assertEquals(List.of(), overlaps(PdfGlyphs.read(summary.bytes()).pages().get(0)));
    }
}
