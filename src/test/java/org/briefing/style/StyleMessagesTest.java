package org.briefing.style;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.briefing.diag.InvalidInputException;
import org.briefing.diag.Problem;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every place a style message repeats the user's text quotes it: a value with line breaks or of
 * 200,000 characters gives a message of one short line, with the line break escaped and the
 * value cut with "…" — in the message itself, not only once the problem line is formatted.
 */
class StyleMessagesTest {
    private static final String BREAKS = "first\nsecond\r\u0001third";
    private static final String HUGE = "x".repeat(200_000);
    /** JSON keys are cut off by the parser's own limit, so a long family name stops at it. */
    private static final int KEY_CHARS = org.briefing.model.Limits.MAX_FIELD_NAME_CHARS;

    /** A style text with one field replaced, the message it must give, and where. */
    static Stream<Arguments> places() {
        return Stream.of(BREAKS, HUGE).flatMap(value -> Stream.of(
                Arguments.of("a length", "{ \"extends\": \"briefing\", \"sizes\": { \"body\": %s } }", value + "pt",
                        "is not a length"),
                Arguments.of("a colour", "{ \"extends\": \"briefing\", \"colours\": { \"accent\": %s } }", value,
                        "is not a colour"),
                Arguments.of("a choice", "{ \"extends\": \"briefing\", \"text\": { \"align\": %s } }", value,
                        "is not allowed here"),
                Arguments.of("a font family", "{ \"extends\": \"briefing\", \"fonts\": { \"body\": %s } }", value,
                        "no font family"),
                Arguments.of("a family's name", "{ \"extends\": \"briefing\", \"fontFamilies\": { %s: "
                        + "{ \"regular\": \"NotoSans-Regular.ttf\" } }, \"fonts\": { \"body\": \"Nope\" } }",
                        value.substring(0, Math.min(value.length(), KEY_CHARS)), "no font family"),
                Arguments.of("a font file", "{ \"extends\": \"briefing\", \"fontFamilies\": { \"Noto Sans\": "
                        + "{ \"regular\": %s } } }", value + ".ttf", "font file|must be one line"),
                Arguments.of("a style name", "{ \"extends\": %s }", value, "style"),
                Arguments.of("a style path", "{ \"extends\": %s }", "folder/" + value + ".json", "style")));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("places")
    void aValueIsQuotedOnOneShortLine(String place, String template, String value, String says,
            @TempDir Path folder) throws IOException {
        Path file = folder.resolve("mine.json");
        Files.writeString(file, template.formatted(json(value)));
        List<Problem> problems = assertThrows(InvalidInputException.class,
                () -> StyleLoader.load(file.toString(), folder)).problems();
        // "a|b": either wording (a line break is refused by the JSON layer before the font check).
        assertTrue(problems.stream().anyMatch(p -> java.util.Arrays.stream(says.split("\\|")).anyMatch(p.message()::contains)), place + " says " + says + ": "
                + problems.stream().map(Problem::format).toList());
        assertAll(problems.stream().map(p -> () -> {
            String text = p.message() + (p.hint() == null ? "" : "; " + p.hint());
            assertFalse(text.contains("\n") || text.contains("\r") || text.contains("\u0001"), "one line: " + text);
            assertTrue(text.length() < 400, () -> "short: " + text.length() + " characters: " + text.substring(0, 100));
        }));
    }

    @ParameterizedTest(name = "the command line names {0}")
    @MethodSource("names")
    void aStyleNamedOnTheCommandLineIsQuotedToo(String name) {
        List<Problem> problems = assertThrows(InvalidInputException.class,
                () -> StyleLoader.load(name, Path.of("styles"))).problems();
        assertAll(problems.stream().map(p -> () -> {
            assertFalse(p.message().contains("\n") || p.message().contains("\r"), "one line: " + p.message());
            assertTrue(p.message().length() < 400, "short: " + p.message().length());
        }));
    }

    static Stream<String> names() {
        return Stream.of(BREAKS, HUGE, "dir/" + BREAKS + ".json", "dir/" + HUGE + ".json", "with\u0000nul.json");
    }

    private static String json(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : c == '"' ? "\\\"" : String.valueOf(c));
        }
        return out.append('"').toString();
    }
}
