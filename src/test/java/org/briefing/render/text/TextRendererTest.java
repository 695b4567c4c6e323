package org.briefing.render.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.briefing.PdfReadBack;
import org.briefing.Seed;
import org.briefing.plan.Plan;
import org.briefing.plan.PlannedFigure;
import org.briefing.render.pdf.PdfRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The seed's terminal summary: the expected file at 80 columns, and the layout at other widths. */
class TextRendererTest {
    private static final Plan PLAN = Seed.plan();

    @Test
    void theSeedAt80ColumnsMatchesTheExpectedFile() throws Exception {
        // The expected file is regenerated with -Dbriefing.regenerate=true (see GoldenFile); check the diff by eye.
        GoldenFile.assertMatches("north-korea-2023-summary.txt", TextRenderer.render(PLAN, 80));
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 60, 80, 100})
    void noLineIsWiderThanTheWidth(int width) {
        for (String line : TextRenderer.render(PLAN, width).split("\n")) {
            assertTrue(TextWriter.columns(line) <= width, "wider than " + width + ": " + line);
            assertFalse(line.endsWith(" "), "trailing space: [" + line + "]");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 60, 80, 100})
    void wrappedLinesHangUnderTheirFirstLine(int width) {
        List<String> points = block(TextRenderer.render(PLAN, width), PLAN.words().keyPoints());
        assertEquals(PLAN.report().keyPoints().size(), points.stream().filter(l -> l.startsWith("  - ")).count());
        points.forEach(line -> assertTrue(line.startsWith("  - ") || line.startsWith("    "), line));
        // In the key-figures table only a figure's first line starts at the table's indent.
        List<String> figures = block(TextRenderer.render(PLAN, width), PLAN.words().keyFigures());
        assertEquals(PLAN.keyFigures().size(), figures.stream().filter(l -> l.matches("  \\S.*")).count());
        figures.forEach(line -> assertTrue(line.startsWith("  "), line));
    }

    @ParameterizedTest
    @ValueSource(ints = {60, 80, 100})
    void keyFigureValuesAreRightAligned(int width) {
        List<String> figures = block(TextRenderer.render(PLAN, width), PLAN.words().keyFigures());
        List<Integer> ends = new ArrayList<>();
        for (PlannedFigure figure : PLAN.keyFigures()) {
            String line = figures.stream().filter(l -> l.matches("  \\S.*") && l.endsWith("  " + figure.valueWithUnit()))
                    .findFirst().orElseThrow(() -> new AssertionError("no line ends with " + figure.valueWithUnit()));
            ends.add(TextWriter.columns(line));
        }
        assertEquals(1, ends.stream().distinct().count(), "value ends: " + ends);
    }

    @Test
    void theContentsListNumberedSectionsAndLetteredAppendicesWithPlainSpaces() {
        String text = TextRenderer.render(PLAN, 80);
        List<String> contents = block(text, PLAN.words().contents());
        assertEquals(List.of("  1 Overview", "  2 Freedom of Movement"), contents.subList(0, 2));
        assertEquals("  Appendix D \u2014 Documents referred to", contents.get(contents.size() - 1));
        assertFalse(text.contains("\u2002"), "no en space");
    }

    @Test
    void theKeyFigureValuesAreThoseOfThePdfTable() {
        List<String> printed = block(TextRenderer.render(PLAN, 80), PLAN.words().keyFigures()).stream()
                .filter(l -> l.matches("  \\S.*")).map(l -> l.substring(l.lastIndexOf("  ") + 2)).toList();
        assertEquals(PLAN.keyFigures().stream().map(PlannedFigure::valueWithUnit).toList(), printed);
        // The PDF's key-figures table, read back, holds the same values in the same order.
        var words = PLAN.words();
        String pdf = PdfReadBack.read(PdfRenderer.render(PLAN).bytes(), List.of()).flatText();
        String header = String.join(" ", words.figure(), words.value(), words.period(), words.source());
        int from = pdf.indexOf(header);
        assertTrue(from >= 0, "no key-figures table in the PDF");
        for (String value : printed) {
            int at = pdf.indexOf(PdfReadBack.flat(value), from);
            assertTrue(at >= 0, value + " is not in the PDF's key-figures table, or not in the same order");
            from = at + PdfReadBack.flat(value).length();
        }
    }

    @Test
    void aWidthTooNarrowForAValueIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> TextRenderer.render(PLAN, TextRenderer.MIN_WIDTH - 1));
    }

    /** The lines under a heading, up to the next empty line. */
    static List<String> block(String text, String heading) {
        List<String> lines = text.lines().toList();
        int start = lines.indexOf(heading) + 1;
        assertTrue(start > 0, "no heading " + heading);
        int end = start;
        while (end < lines.size() && !lines.get(end).isEmpty()) {
            end++;
        }
        return lines.subList(start, end);
    }
}
