package org.briefing.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.briefing.diag.InvalidInputException;
import org.briefing.diag.Problem;
import org.briefing.model.Block;
import org.briefing.model.FigureValue;
import org.briefing.model.Inline;
import org.briefing.model.Report;
import org.junit.jupiter.api.Test;

/** What the loader makes of well-formed input: derived ids, inline spans, typed figure values. */
class ReportLoaderTest {
    private static final String MINIMAL = """
            {
              "metadata": { "title": "T", "organization": "O", "date": "2023-01-12", "language": "en" },
              "lead": "Lead.",
              "keyFigures": [ %s ],
              "sections": [ %s ]
            }
            """;

    private static Report load(String figures, String sections) throws InvalidInputException {
        return ReportLoader.loadText("test.json", MINIMAL.formatted(figures, sections));
    }

    @Test
    void idsAreDerivedFromTitlesCaptionsAndLabels() throws Exception {
        Report report = load("""
                { "label": "Doses allocated", "type": "count", "value": 5, "source": { "section": "right-to-health" } }""",
                """
                { "title": "Right to Health", "blocks": [
                  { "type": "table", "caption": "Doses by month", "columns": [ { "header": "Month" } ], "rows": [ [ "May" ] ] } ] }""");
        assertEquals("right-to-health", report.sections().get(0).id());
        assertEquals("doses-allocated", report.keyFigures().get(0).id());
        assertEquals("table-doses-by-month", ((Block.Table) report.sections().get(0).blocks().get(0)).id());
    }

    @Test
    void inlineSpansKeepTheirKind() throws Exception {
        Report report = load("", """
                { "title": "S", "blocks": [ { "type": "paragraph", "text": [ "a ", { "em": "b" }, { "strong": "c" },
                  { "link": "d", "href": "https://example.org/" } ] } ] }""");
        Inline text = ((Block.Paragraph) report.sections().get(0).blocks().get(0)).text();
        assertEquals(List.of(new Inline.Span.Text("a "), new Inline.Span.Emphasis("b"), new Inline.Span.Strong("c"),
                new Inline.Span.Link("d", "https://example.org/")), text.spans());
        assertEquals("a bcd", text.plainText());
    }

    @Test
    void figureValuesAreTypedByTheirType() throws Exception {
        Report report = load("""
                { "label": "A", "type": "range", "value": [1, 2], "unit": "km", "source": { "section": "s" } },
                { "label": "B", "type": "date", "value": "2022-04", "source": { "section": "s" } },
                { "label": "C", "type": "money", "value": 1500000, "currency": "USD", "source": { "section": "s" } }""",
                "{ \"title\": \"S\", \"blocks\": [ \"Text.\" ] }");
        assertTrue(report.keyFigures().get(0).value() instanceof FigureValue.Range r && r.high().intValue() == 2);
        assertEquals(new FigureValue.DateValue(java.time.YearMonth.of(2022, 4)), report.keyFigures().get(1).value());
        assertTrue(report.keyFigures().get(2).value() instanceof FigureValue.Money m && m.currency().equals("USD"));
    }

    @Test
    void zeroWrittenWithAnExponentOfAThousandDigitsIsZero() throws Exception {
        Report report = load("""
                { "label": "A", "type": "count", "value": 0e1000, "source": { "section": "s" } },
                { "label": "B", "type": "number", "value": -0.0e-1000, "source": { "section": "s" } }""",
                "{ \"title\": \"S\", \"blocks\": [ \"Text.\" ] }");
        assertEquals(new FigureValue.Count(0), report.keyFigures().get(0).value());
        assertTrue(report.keyFigures().get(1).value() instanceof FigureValue.Number n && n.number().signum() == 0,
                report.keyFigures().get(1).value().toString());
    }

    @Test
    void mistakesThatWouldOnlyFailWhileRenderingAreProblemsAtLoad() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> load("""
                { "label": "A", "type": "money", "value": 5, "currency": "XYZ", "source": { "section": "s" } },
                { "label": "B", "type": "count", "value": 1e30, "source": { "section": "s" } }""",
                "{ \"title\": \"\u5317\u671d\u9bae\", \"blocks\": [ \"x\" ] }"));
        List<String> messages = e.problems().stream().map(Problem::message).toList();
        assertTrue(messages.stream().anyMatch(m -> m.contains("three-letter ISO 4217")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.equals("the number \"1e30\" is too large;"
                + " numbers must be smaller than 1e15 (1,000,000,000,000,000) in size")), messages.toString());
    }

    @Test
    void aTitleWithoutAsciiLettersGetsAStableHashedId() throws Exception {
        String sections = """
                { "title": "\u6982\u8ff0", "blocks": [ "x" ] },
                { "title": "\u884c\u52a8\u81ea\u7531", "blocks": [ "y" ], "sections": [ { "title": "\u81ea\u7531", "blocks": [ "z" ] } ] }""";
        Report report = load("", sections);
        String first = report.sections().get(0).id();
        String second = report.sections().get(1).id();
        assertTrue(first.matches("section-[0-9a-f]{8}"), first);
        assertTrue(second.matches("section-[0-9a-f]{8}") && !second.equals(first), second);
        assertEquals(first, load("", sections).sections().get(0).id(), "the same title, the same id, run after run");
        // The same words (a trailing space aside) are the same id: a duplicate, said once.
        InvalidInputException duplicate = assertThrows(InvalidInputException.class, () -> load("", sections.replace(
                "\"\u81ea\u7531\"", "\"\u6982\u8ff0 \"")));
        assertEquals(1, duplicate.problems().size(), duplicate.problems().toString());
        assertTrue(duplicate.problems().get(0).message().startsWith("duplicate id \"" + first + "\""),
                duplicate.problems().toString());
    }

    @Test
    void problemsComeWithLineColumnAndPointer() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> load("",
                "{ \"titel\": \"S\", \"blocks\": [ \"x\" ] }"));
        List<String> lines = e.problems().stream().map(Problem::format).toList();
        // One line for one mistake: the hint already says "title" is what is missing.
        assertEquals(List.of(
                "test.json:5:19: error: unknown field \"titel\"; did you mean \"title\"? (at /sections/0/titel)"),
                lines);
    }
}
