package org.briefing.style;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.briefing.PdfReadBack;
import org.briefing.diag.InvalidInputException;
import org.briefing.engine.Briefing;
import org.briefing.engine.Format;
import org.briefing.engine.Rendered;
import org.briefing.load.InvalidReportTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped style loads, and a style at the edge of each bound renders — PDF, DOCX and summary —
 * the minimal report and the seed report, read back with PDFBox and POI. The time limit guards
 * against a hang (the failure issue 9 found); it is not a speed assertion.
 */
class StyleBoundsTest {
    private static final Path EDGES = Path.of("src/test/resources/valid/styles");
    private static final List<Path> REPORTS = List.of(
            Path.of("src/test/resources/valid/minimal-report.json"), Path.of("source-json/north-korea-2023.json"));
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    static Stream<String> shippedStyles() throws IOException {
        return InvalidReportTest.fixtureNames(Path.of("styles")).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedStyles")
    void everyShippedStyleLoadsFromTheFolderAndFromTheJar(String name) throws InvalidInputException {
        Style fromFolder = StyleLoader.load(name, Path.of("styles"));
        Style bundled = StyleLoader.load(name, Path.of("no-such-folder"));
        assertEquals(name, fromFolder.name());
        assertEquals(fromFolder.sizes(), bundled.sizes(), "styles/ and the jar's copy agree");
        assertTrue(StyleLoader.BUNDLED.contains(name), name + " is listed as bundled");
    }

    static Stream<Arguments> edgesAndReports() throws IOException {
        return InvalidReportTest.fixtureNames(EDGES).stream()
                .flatMap(edge -> REPORTS.stream().map(report -> Arguments.of(edge, report)));
    }

    @ParameterizedTest(name = "{0} renders {1}")
    @MethodSource("edgesAndReports")
    void aStyleAtTheEdgeOfTheBoundsRendersEveryFormat(String edge, Path report) throws Exception {
        Style style = StyleLoader.load(EDGES.resolve(edge + ".json").toString(), EDGES);
        Rendered rendered = assertTimeoutPreemptively(HANG_GUARD,
                () -> Briefing.withStyle(style).render(report, EnumSet.allOf(Format.class)));
        String title = org.briefing.load.ReportLoader.load(report).metadata().title();
        PdfReadBack pdf = PdfReadBack.read(rendered.file(Format.PDF), rendered.warnings());
        PdfReadBack summary = PdfReadBack.read(rendered.file(Format.SUMMARY), List.of());
        String docx;
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(rendered.file(Format.DOCX)));
                XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            docx = text.getText();
        }
        assertAll(
                () -> assertTrue(pdf.pageTexts().size() >= 2, "the PDF has a cover and a body"),
                () -> assertTrue(pdf.flatText().contains(title), "the PDF shows the title"),
                () -> assertEquals(1, summary.pageTexts().size(), "the summary is one page"),
                () -> assertTrue(summary.pageTexts().get(0).contains(title.split(" ")[0]), "the summary shows the title"),
                () -> assertTrue(docx.contains(title), "the DOCX shows the title"));
    }

    @Test
    void eachEdgeStyleIsAtItsEdgeAndOneStepBeyondIsRefused() throws IOException {
        String smallest = "largest-type-in-smallest-block";
        assertRefused(smallest, "\"65mm\"", "\"65.1mm\"", "leave a text block 79.8mm wide");
        assertRefused(smallest, "\"73.5mm\"", "\"73.6mm\"", "leave a text block 149.8mm tall");
        assertRefused(smallest, "\"15.1pt\"", "\"15.2pt\"", "a line must hold 15 ems, so at most 15.1pt");
        assertRefused(smallest, "\"28.3pt\"", "\"28.4pt\"", "a line must hold 8 ems, so at most 28.3pt");
        assertRefused(smallest, "\"56.6pt\"", "\"56.8pt\"", "a line must hold 4 ems, so at most 56.6pt");
        assertRefused(smallest, "\"lineHeight\": 2.4", "\"lineHeight\": 2.51", "fits fewer than 3 times");
        assertRefused(smallest, "\"14pt\"", "\"14.1pt\"", "font size \"14.1pt\" is too large");
        assertRefused(smallest, "\"72pt\"", "\"73pt\"", "space \"73pt\" is too large");
        assertRefused(smallest, "\"12pt\"", "\"12.1pt\"", "cell padding \"12.1pt\" is too large");
        assertRefused(smallest, "\"tocDepth\": 6", "\"tocDepth\": 7", "contents depth 7 is too large");
        assertRefused(smallest, "\"highlightCount\": 4", "\"highlightCount\": 5", "highlight count 5 is too large");
        assertRefused(smallest, "\"minScale\": 1", "\"minScale\": 1.01", "summary scale 1.01 is too large");
        assertRefused("tallest-lines-in-smallest-block", "\"lineHeight\": 3", "\"lineHeight\": 3.01",
                "line height 3.01 is too large");
        assertRefused("tallest-lines-in-smallest-block", "\"47.2pt\"", "\"47.3pt\"", "fits fewer than 3 times");
        assertRefused("largest-type-on-a4", "\"96pt\"", "\"97pt\"", "font size \"97pt\" is too large");
        assertRefused("largest-type-on-a4", "\"31.3pt\"", "\"31.4pt\"", "so at most 31.3pt");
        assertRefused("largest-type-on-a4", "\"58.8pt\"", "\"58.9pt\"", "so at most 58.8pt");
        assertRefused("largest-type-on-a4", "\"lineHeight\": 2.47", "\"lineHeight\": 2.48", "fits fewer than 3 times");
        assertRefused("smallest-everything", "\"4pt\"", "\"3.9pt\"", "font size \"3.9pt\" is too small");
        assertRefused("smallest-everything", "\"12mm\"", "\"11.9mm\"", "margin \"11.9mm\" is too small");
        assertRefused("smallest-everything", "\"10mm\"", "\"9.9mm\"", "margin \"9.9mm\" is too small");
        assertRefused("smallest-everything", "\"lineHeight\": 1", "\"lineHeight\": 0.99", "line height 0.99 is too small");
        assertRefused("smallest-everything", "\"0pt\"", "\"-1pt\"", "\"-1pt\" is not a length");
        assertRefused("smallest-everything", "\"tocDepth\": 1", "\"tocDepth\": 0", "contents depth 0 is too small");
        assertRefused("smallest-everything", "\"highlightCount\": 0", "\"highlightCount\": -1",
                "highlight count -1 is too small");
        assertRefused("smallest-everything", "\"minScale\": 0.5", "\"minScale\": 0.49", "summary scale 0.49 is too small");
    }

    /** The edge style with {@code edge} replaced by {@code beyond} is refused with {@code message}. */
    private static void assertRefused(String style, String edge, String beyond, String message) throws IOException {
        String text = Files.readString(EDGES.resolve(style + ".json"));
        assertTrue(text.contains(edge), style + " holds " + edge);
        Path dir = Files.createTempDirectory("edge");
        try {
            Path file = dir.resolve(style + ".json");
            Files.writeString(file, text.replace(edge, beyond));
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> StyleLoader.load(file.toString(), dir), style + " with " + beyond);
            assertTrue(e.problems().stream().anyMatch(p -> p.format().contains(message)),
                    style + " with " + beyond + " says " + message + "; said " + e.problems());
        } finally {
            Files.deleteIfExists(dir.resolve(style + ".json"));
            Files.delete(dir);
        }
    }
}
