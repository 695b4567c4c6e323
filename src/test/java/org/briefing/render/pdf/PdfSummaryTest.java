package org.briefing.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.briefing.PdfReadBack;
import org.briefing.Seed;
import org.briefing.load.ReportLoader;
import org.briefing.model.Inline;
import org.briefing.plan.Plan;
import org.briefing.plan.Planner;
import org.briefing.plan.PlannedFigure;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The one-page print summary: one page, the same PDF standards as the briefing, and honest about cuts. */
class PdfSummaryTest {
    private static final Path TOO_MUCH = Path.of("src/test/resources/fixtures/issue-5-too-much-for-one-page.json");

    private static PdfReadBack summary(Plan plan) {
        PdfRenderer.Result result = PdfSummaryRenderer.render(plan);
        return PdfReadBack.read(result.bytes(), result.warnings());
    }

    @Test
    void theSeedsSummaryIsOnePageWithEverythingItPromises() {
        Plan plan = Seed.plan();
        PdfReadBack pdf = summary(plan);
        assertEquals(1, pdf.pageTexts().size());
        String text = pdf.flatText();
        for (String wanted : List.of("North Korea: Events of 2022", "Human Rights Watch", "January 12, 2023",
                "January–December 2022", plan.words().fullBriefing())) {
            assertTrue(text.contains(PdfReadBack.flat(wanted)), wanted);
        }
        for (Inline point : plan.report().keyPoints()) {
            assertTrue(text.contains(PdfReadBack.flat(point.plainText())), point.plainText());
        }
        for (PlannedFigure figure : plan.keyFigures()) {
            assertTrue(text.contains(PdfReadBack.flat(figure.valueWithUnit())), figure.valueWithUnit());
            assertTrue(text.contains(PdfReadBack.flat(figure.figure().label())), figure.figure().label());
        }
        assertFalse(text.contains(plan.words().continued()));
        assertEquals(List.of(), pdf.warnings());
    }

    @Test
    void theSummaryMeetsTheBriefingsPdfStandards() throws Exception {
        PdfRenderer.Result result = PdfSummaryRenderer.render(Seed.plan());
        assertArrayEquals(result.bytes(), PdfSummaryRenderer.render(Seed.plan()).bytes(), "byte-identical");
        assertEquals(List.of(), PdfConformanceTest.pdfaViolations(result.bytes()));
        try (PDDocument document = PdfReadBack.read(result.bytes(), List.of()).open()) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    assertTrue(page.getResources().getFont(name).isEmbedded());
                }
            }
            var info = document.getDocumentInformation();
            assertEquals("North Korea: Events of 2022 \u2014 Summary", info.getTitle());
            assertEquals("Human Rights Watch", info.getAuthor());
            assertEquals("en", document.getDocumentCatalog().getLanguage());
            assertEquals(595.3, document.getPage(0).getMediaBox().getWidth(), 0.5);
        }
    }

    @Test
    void tooMuchContentStaysOnOnePageAndSaysWhatWasLeftOut() throws Exception {
        Plan plan = Planner.plan(ReportLoader.load(TOO_MUCH), Seed.style());
        PdfReadBack pdf = summary(plan);
        assertEquals(1, pdf.pageTexts().size(), "exactly one page");
        String text = pdf.flatText();
        assertTrue(text.contains("Continued in the full briefing"), text);
        assertEquals(1, pdf.warnings().size(), pdf.warnings().toString());
        String warning = pdf.warnings().get(0);
        assertTrue(warning.startsWith("the one-page summary leaves out key figures \""), warning);
        int leftOut = 0;
        for (PlannedFigure figure : plan.keyFigures()) {
            String label = figure.figure().label();
            boolean printed = text.contains(label + " ") || text.endsWith(label);
            leftOut += printed ? 0 : 1;
            if (warning.contains("\"" + label + "\"")) {
                assertFalse(printed, label + " is named as left out but printed");
            }
        }
        Matcher more = Pattern.compile("and (\\d+) more").matcher(warning);
        int named = (int) plan.keyFigures().stream().filter(f -> warning.contains("\"" + f.figure().label() + "\"")).count();
        assertEquals(leftOut, named + (more.find() ? Integer.parseInt(more.group(1)) : 0),
                "every figure not printed is named or counted");
        for (PlannedFigure headline : plan.headlineFigures()) {
            assertFalse(warning.contains("\"" + headline.figure().label() + "\""), "headline figures stay");
        }
        Matcher points = Pattern.compile("key points? (\\d+)(?:\u2013(\\d+))?").matcher(warning);
        int first = Integer.MAX_VALUE;
        int last = -1;
        if (points.find()) {
            first = Integer.parseInt(points.group(1));
            last = points.group(2) == null ? first : Integer.parseInt(points.group(2));
        }
        for (int i = 0; i < plan.report().keyPoints().size(); i++) {
            String point = PdfReadBack.flat(plan.report().keyPoints().get(i).plainText());
            boolean printed = text.contains(point);
            boolean inRange = i + 1 >= first && i + 1 <= last;
            assertTrue(inRange != printed, "key point " + (i + 1) + " is either on the page or named as left out");
        }
    }

    /** A report of 2,000 key figures (the seed's, repeated under new ids). */
    static Plan manyFigures(int count) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode report = (ObjectNode) json.readTree(Seed.FILE.toFile());
        ArrayNode figures = (ArrayNode) report.get("keyFigures");
        ArrayNode many = json.createArrayNode();
        for (int i = 0; i < count; i++) {
            ObjectNode figure = (ObjectNode) figures.get(i % figures.size()).deepCopy();
            figure.put("id", figure.get("id").asString() + "-" + i);
            figure.put("label", figure.get("label").asString() + " (" + (i + 1) + ")");
            if (i >= 4) {
                figure.remove("headline");
            }
            many.add(figure);
        }
        report.set("keyFigures", many);
        return Planner.plan(ReportLoader.loadText("many-figures.json", json.writeValueAsString(report)), Seed.style());
    }

    @Test
    void twoThousandKeyFiguresGiveOnePageThatCountsWhatItLeavesOut() throws Exception {
        Plan plan = manyFigures(2000);
        PdfReadBack pdf = summary(plan);
        assertEquals(1, pdf.pageTexts().size(), "exactly one page");
        String text = pdf.flatText();
        assertTrue(text.contains(PdfReadBack.flat("Continued in the full briefing \u2014 Key figures: ")), text);
        assertTrue(text.contains("Missile tests (1)"), "the first figures stay");
        assertEquals(1, pdf.warnings().size(), pdf.warnings().toString());
        String warning = pdf.warnings().get(0);
        assertTrue(warning.length() < 1000, "the warning names a few and counts the rest: " + warning.length());
        Matcher more = Pattern.compile("and (\\d+) more").matcher(warning);
        assertTrue(more.find(), warning);
        Matcher shown = Pattern.compile("Key figures: (\\d+)").matcher(text);
        assertTrue(shown.find(), text);
        int leftOut = Integer.parseInt(shown.group(1));
        assertEquals(leftOut, Integer.parseInt(more.group(1)) + 10, "the page and the warning count alike");
        assertTrue(leftOut > 1900 && leftOut < 2000, "a page's worth kept: " + (2000 - leftOut));
    }

}
