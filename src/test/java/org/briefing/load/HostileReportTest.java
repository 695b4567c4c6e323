package org.briefing.load;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.briefing.diag.InvalidInputException;
import org.briefing.diag.Location;
import org.briefing.diag.Problem;
import org.briefing.diag.Problems;
import org.briefing.model.Limits;
import org.briefing.model.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reports too hostile or too big to commit as fixtures, generated here (issue 9): user text with
 * line breaks and 200,000 characters in every place a message repeats it, ids and titles that
 * overflowed a regular expression's stack, and every count limit one over.
 */
class HostileReportTest {
    /** The most a message or hint may hold: a sentence or two around values cut to 60 characters. */
    private static final int MESSAGE_BOUND = 400;

    /** Values that must never reach a problem line as they are. */
    static Stream<String> hostileValues() {
        return Stream.of("a\nfake.json:1:1: error: forged (at /)", "a\rb", "x".repeat(200_000),
                "line\n".repeat(40_000));
    }

    /** Each place a loader message repeats user text, as a report with {@code @V@} standing for the value. */
    static Stream<Arguments> placesAndValues() {
        List<Arguments> all = new ArrayList<>();
        List<Place> places = List.of(
                new Place("field name", r -> r.replace("\"lead\":", "\"@V@\": 1, \"lead\":")),
                new Place("duplicate field name", r -> r.replace("\"lead\":", "\"@V@\": 1, \"@V@\": 2, \"lead\":")),
                new Place("language", r -> r.replace("\"language\": \"en\"", "\"language\": \"@V@\"")),
                new Place("date", r -> r.replace("\"2023-01-12\"", "\"@V@\"")),
                new Place("section id", r -> r.replace("\"id\": \"overview\"", "\"id\": \"@V@\"")),
                new Place("section reference", r -> r.replace("\"section\": \"overview\"", "\"section\": \"@V@\"")),
                new Place("source quote", r -> r.replace("\"over 30 missile tests\"", "\"@V@\"")),
                new Place("title with no id", r -> r.replace("\"id\": \"overview\",", "")
                        .replace("\"Overview\"", "\"\u5317@V@\"")),
                new Place("key-figure type", r -> r.replace("\"count\"", "\"@V@\"")),
                new Place("qualifier", r -> r.replace("\"type\": \"count\"", "\"type\": \"count\", \"qualifier\": \"@V@\"")),
                new Place("currency", r -> r.replace("\"count\"", "\"money\"")
                        .replace("\"value\": 30", "\"value\": 30, \"currency\": \"@V@\"")),
                new Place("figure date", r -> r.replace("\"count\"", "\"date\"").replace("\"value\": 30", "\"value\": \"@V@\"")),
                new Place("count given as text", r -> r.replace("\"value\": 30", "\"value\": \"@V@\"")),
                new Place("block type", r -> r.replace("\"The government", "{ \"type\": \"@V@\" }, \"The government")),
                new Place("callout tone", r -> r.replace("\"The government",
                        "{ \"type\": \"callout\", \"text\": \"t\", \"tone\": \"@V@\" }, \"The government")),
                new Place("column alignment", r -> r.replace("\"The government", "{ \"type\": \"table\", \"caption\": \"c\","
                        + " \"columns\": [ { \"header\": \"h\", \"align\": \"@V@\" } ], \"rows\": [] }, \"The government")),
                new Place("table id", r -> r.replace("\"The government", "{ \"type\": \"table\", \"id\": \"@V@\", \"caption\": \"c\","
                        + " \"columns\": [ { \"header\": \"h\" } ], \"rows\": [] }, \"The government")),
                new Place("link target", r -> r.replace("\"The government", "{ \"type\": \"paragraph\", \"text\": [ { \"link\": \"l\", \"href\": \"@V@\" } ] },"
                        + " \"The government")),
                new Place("one-line field", r -> r.replace("\"Minimal report\"", "\"@V@\"")));
        for (Place place : places) {
            hostileValues()
                    // A title of 200,000 letters is long, not wrong: it is laid out, not refused.
                    .filter(v -> !place.name().equals("one-line field") || v.contains("\n") || v.contains("\r"))
                    .forEach(v -> all.add(Arguments.of(place.name(), place.report().apply(minimal()), v)));
        }
        return all.stream();
    }

    record Place(String name, Function<String, String> report) {}

    @ParameterizedTest(name = "{0} #{index}")
    @MethodSource("placesAndValues")
    void everyMessageThatRepeatsUserTextStaysOneBoundedLine(String place, String template, String value) {
        String json = template.replace("@V@", jsonEscaped(value));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ReportLoader.loadText("r.json", json), place);
        List<Executable> checks = new ArrayList<>();
        for (Problem p : e.problems()) {
            for (String part : Stream.of(p.message(), p.hint()).filter(s -> s != null).toList()) {
                checks.add(() -> assertFalse(part.contains("\n") || part.contains("\r"), place + ": " + part));
                checks.add(() -> assertTrue(part.length() <= MESSAGE_BOUND,
                        () -> place + ": " + part.length() + " characters: " + part.substring(0, 100)));
            }
        }
        assertAll(place, checks.stream());
    }

    @Test
    void anIdOf2000PartsIsOneProblemNotAStackOverflow() {
        String id = String.join("-", java.util.Collections.nCopies(2000, "ab"));
        List<String> messages = messages(minimal().replace("\"id\": \"overview\"", "\"id\": \"" + id + "\"")
                .replace("\"section\": \"overview\"", "\"section\": \"" + id + "\""));
        assertEquals(List.of("an id has at most 100 characters; this one has 5999"), messages);
    }

    @Test
    void theScanThatReplacedTheRegularExpressionStillRefusesDoubleAndOuterHyphens() {
        for (String id : List.of("freedom--of-movement", "-freedom", "freedom-", "Freedom", "free_dom")) {
            assertEquals(List.of("id \"" + id + "\" must be lowercase letters and digits joined by single hyphens"),
                    messages(minimal().replace("overview", id)), id);
        }
    }

    @Test
    void aTitleOf1400WordsGivesAnIdCutAtAWordWithin100Characters() throws InvalidInputException {
        String title = String.join(" ", java.util.Collections.nCopies(1400, "Freedom"));
        // As many whole words as fit: "freedom-" is 8 characters, the last "freedom" 7.
        int words = (Limits.MAX_ID_CHARS - 7) / 8;
        Report report = ReportLoader.loadText("r.json", minimal().replace("\"id\": \"overview\",", "")
                .replace("\"Overview\"", "\"" + title + "\"").replace("\"section\": \"overview\"",
                        "\"section\": \"" + "freedom-".repeat(words) + "freedom\""));
        String id = report.sections().get(0).id();
        assertEquals("freedom-".repeat(words) + "freedom", id);
        assertTrue(id.length() <= Limits.MAX_ID_CHARS);
    }

    @Test
    void aLanguageTagOf2000SubtagsIsOneProblem() {
        String tag = "en" + "-gb".repeat(2000);
        assertEquals(List.of("\"" + tag.substring(0, 60) + "…\" is not a language tag"),
                messages(minimal().replace("\"language\": \"en\"", "\"language\": \"" + tag + "\"")));
    }

    @Test
    void arraysNestedAMillionDeepAreOneProblem() {
        String deep = "[".repeat(1_000_000) + "]".repeat(1_000_000);
        List<String> messages = messages(minimal().replace("\"A lead paragraph that says what the report finds.\"", deep));
        assertEquals(List.of("objects and arrays nest more than 64 levels deep here; no Briefing file needs that many"),
                messages);
    }

    @Test
    void aHundredThousandDuplicateKeysShowTheFirstHundredProblemsAndCountTheRest() {
        String keys = "\"x\": 1, ".repeat(100_000);
        List<String> messages = messages(minimal().replace("\"lead\":", keys + "\"lead\":"));
        assertEquals(Problems.MAX_PER_FILE + 1, messages.size());
        assertEquals("unknown field \"x\"", messages.get(0));
        assertEquals("duplicate field \"x\"; only the first one counts", messages.get(1));
        assertEquals("and 99,900 more problems in this file, not shown; fix the ones above first",
                messages.get(Problems.MAX_PER_FILE));
    }

    @Test
    void problemsOverTheHundredShownAreTheLastInFileOrderWhateverOrderTheyWereFoundIn() {
        Problems problems = new Problems();
        for (int line = 300; line >= 1; line--) {
            problems.error(new Location("r.json", line, 1, "/x"), "p" + line);
        }
        List<Problem> list = problems.list();
        assertEquals(java.util.stream.IntStream.rangeClosed(1, Problems.MAX_PER_FILE).mapToObj(i -> "p" + i).toList(),
                list.subList(0, Problems.MAX_PER_FILE).stream().map(Problem::message).toList());
        assertEquals("r.json: error: and 200 more problems in this file, not shown; fix the ones above first",
                list.get(Problems.MAX_PER_FILE).format());
        assertTrue(problems.hasErrors());
    }

    @Test
    void eightMillionValuesStopAtTheMillionthWithOneProblem() {
        String zeros = "0,".repeat(8_000_000) + "0";
        assertEquals(List.of("the file has more than 1,000,000 JSON values; no Briefing file needs that many,"
                + " and the rest is not read"), messages("{\"metadata\":{},\"lead\":[" + zeros + "]}"));
    }

    @Test
    void fieldNamesOf49000CharactersOverHalfAMillionValuesAreOneProblem() {
        // Each value's pointer once held its whole path: this 1 MB file took 4.3 GB and died.
        String file = "{\"" + "x".repeat(49_000) + "\":[" + "0,".repeat(500_000) + "0]}";
        assertEquals(List.of("a field name is longer than 256 characters"), messages(file));
    }

    @Test
    void aLongPathOverHalfAMillionValuesIsWrittenOutOnlyForTheProblemsShown() {
        // 60 levels of 256-character names over 500,000 values: a pointer per value of 15,000 characters.
        String name = "\"" + "k".repeat(Limits.MAX_FIELD_NAME_CHARS) + "\"";
        String file = "{" + "\"metadata\": {}, \"lead\": {" + (name + ":{").repeat(58) + name + ":[" + "0,".repeat(500_000)
                + "0]" + "}".repeat(60) + "}";
        List<Problem> problems = assertThrows(InvalidInputException.class, () -> ReportLoader.loadText("r.json", file))
                .problems();
        assertTrue(problems.size() <= Problems.MAX_PER_FILE + 1, problems.size() + " problems");
        assertTrue(problems.stream().allMatch(p -> p.format().length() < 1_000), problems.get(0).format());
    }

    @Test
    void aLongFieldNameIsQuotedShortAndOneOver256CharactersIsRefused() {
        assertAll(
                () -> assertEquals(List.of("unknown field \"" + "y".repeat(60) + "…\""),
                        messages(minimal().replace("\"lead\":", "\"" + "y".repeat(256) + "\": 1, \"lead\":"))),
                () -> assertEquals(List.of("a field name is longer than 256 characters"),
                        messages(minimal().replace("\"lead\":", "\"" + "y".repeat(257) + "\": 1, \"lead\":"))));
    }

    @Test
    void eachCountLimitIsOneProblemAtTheFirstItemOverIt() {
        assertAll(
                () -> assertEquals(List.of("a table has at most 50,000 rows; this is row 50,001 of 50,001"),
                        messages(withBlock("{ \"type\": \"table\", \"caption\": \"c\", \"columns\": [ { \"header\": \"h\" } ],"
                                + " \"rows\": [" + repeat("[\"1\"]", Limits.MAX_TABLE_ROWS + 1) + "] }"))),
                () -> assertEquals(List.of("a list has at most 10,000 items; this is item 10,001 of 10,001"),
                        messages(withBlock("{ \"type\": \"list\", \"items\": [" + repeat("\"i\"", Limits.MAX_LIST_ITEMS + 1)
                                + "] }"))),
                () -> assertEquals(List.of("a section has at most 10,000 blocks; this is block 10,001 of 10,001"),
                        messages(withBlock(repeat("\"b\"", Limits.MAX_BLOCKS_PER_SECTION)))),
                () -> assertEquals(List.of("a report has at most 2,000 key figures; this is key figure 2,001 of 2,001"),
                        messages(minimal().replace("\"keyFigures\": [", "\"keyFigures\": [" + java.util.stream.IntStream
                                .range(0, Limits.MAX_KEY_FIGURES).mapToObj(i -> "{ \"id\": \"f" + i + "\", \"label\": \"L\","
                                        + " \"type\": \"text\", \"value\": \"v\", \"source\": { \"section\": \"overview\" } }")
                                .collect(java.util.stream.Collectors.joining(",")) + ","))));
    }

    @Test
    void withinTheLimitsALargeReportLoads() throws InvalidInputException {
        Report report = ReportLoader.loadText("r.json", withBlock("{ \"type\": \"table\", \"caption\": \"c\","
                + " \"columns\": [ { \"header\": \"h\" } ], \"rows\": [" + repeat("[\"1\"]", Limits.MAX_TABLE_ROWS) + "] }"));
        assertEquals(Limits.MAX_TABLE_ROWS,
                ((org.briefing.model.Block.Table) report.sections().get(0).blocks().get(1)).rows().size());
    }

    /** The minimal valid report, whose every field the places above replace. */
    static String minimal() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources/valid/minimal-report.json"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The minimal report with {@code block} added after its paragraph. */
    private static String withBlock(String block) {
        return minimal().replace("missile tests.\"", "missile tests.\", " + block);
    }

    private static String repeat(String item, int times) {
        return String.join(",", java.util.Collections.nCopies(times, item));
    }

    private static List<String> messages(String json) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ReportLoader.loadText("r.json", json));
        return e.problems().stream().map(Problem::message).toList();
    }

    private static String jsonEscaped(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r");
    }
}
