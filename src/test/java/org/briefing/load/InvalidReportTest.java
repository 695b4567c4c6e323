package org.briefing.load;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.briefing.cli.BriefingCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every report in {@code src/test/resources/invalid/reports/} is rejected by {@code briefing validate}
 * with exit code 2 and exactly the problem lines in {@code invalid/expected/NAME.txt}.
 *
 * <p>Paths are passed relative to the project root (Maven runs tests there), as a user would type
 * them, so the expected files name the fixture as {@code src/test/resources/invalid/reports/NAME.json}.
 * {@link #assertRejected} is shared with {@code org.briefing.style.InvalidStyleTest}, hence public.
 */
public class InvalidReportTest {
    static final Path INVALID = Path.of("src/test/resources/invalid");
    static final Path REPORTS = INVALID.resolve("reports");
    static final Path STYLES = INVALID.resolve("styles");
    static final Path EXPECTED = INVALID.resolve("expected");

    /** {@code file:line:col: error: message[; hint] (at /pointer)}. */
    private static final Pattern LOCATED_LINE = Pattern.compile("^[^:]+:\\d+:\\d+: error: [a-z\"].*\\(at /.*\\)$");
    /** {@code file: error: message[; hint]}, for problems about a file as a whole. */
    private static final Pattern FILE_LINE = Pattern.compile("^[^:]+: error: [a-z\"].*$");

    static Stream<String> reportFixtures() throws IOException {
        return fixtureNames(REPORTS).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reportFixtures")
    void validateRejectsTheReportWithTheExpectedLines(String name) throws IOException {
        String path = REPORTS.resolve(name + ".json").toString();
        assertRejected(new String[] {"validate", path}, name);
    }

    @Test
    void thereAreEnoughFixturesAndEachHasExactlyOneExpectedFile() throws IOException {
        List<String> reports = fixtureNames(REPORTS);
        List<String> styles = fixtureNames(STYLES);
        assertTrue(reports.size() + styles.size() >= 15,
                "at least 15 invalid fixtures, found " + reports.size() + " reports and " + styles.size() + " styles");
        Set<String> fixtures = new TreeSet<>();
        for (String name : concat(reports, styles)) {
            assertTrue(fixtures.add(name), "a report and a style fixture are both called " + name);
        }
        Set<String> expected = new TreeSet<>();
        try (Stream<Path> files = Files.list(EXPECTED)) {
            files.map(p -> p.getFileName().toString()).forEach(f -> {
                assertTrue(f.endsWith(".txt"), "only NAME.txt belongs in " + EXPECTED + ": " + f);
                expected.add(f.substring(0, f.length() - 4));
            });
        }
        assertEquals(fixtures, expected, "fixtures and expected files must match one to one");
    }

    @Test
    void theMinimalValidReportPasses() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String path = "src/test/resources/valid/minimal-report.json";
        int exit = BriefingCommand.execute(new String[] {"validate", path}, new PrintWriter(out), new PrintWriter(err));
        assertAll(
                () -> assertEquals(0, exit, "exit code; stderr:\n" + err),
                () -> assertEquals("", err.toString()),
                () -> assertEquals(path + ": ok", out.toString().strip()));
    }

    /**
     * Runs the CLI in-process and checks: exit code 2, nothing on stdout, stderr equal line for line to
     * {@code expected/NAME.txt}, every line in the one-line problem form and no stack trace.
     */
    public static void assertRejected(String[] args, String name) throws IOException {
        List<String> expected = Files.readAllLines(EXPECTED.resolve(name + ".txt"), StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = BriefingCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        List<String> actual = err.toString().lines().toList();

        List<Executable> checks = new ArrayList<>();
        checks.add(() -> assertEquals(2, exit, "exit code; stderr:\n" + err));
        checks.add(() -> assertEquals(String.join("\n", expected), String.join("\n", actual),
                "stderr of briefing " + String.join(" ", args)));
        checks.add(() -> assertEquals("", out.toString(), "stdout"));
        checks.add(() -> assertFalse(actual.isEmpty(), "at least one problem line"));
        for (String line : actual) {
            checks.add(() -> assertTrue(LOCATED_LINE.matcher(line).matches() || FILE_LINE.matcher(line).matches()
                    && !line.contains(" (at "), "not in the one-line problem form: " + line));
            checks.add(() -> assertFalse(line.contains("Exception") || line.contains("at org."),
                    "looks like a stack trace: " + line));
        }
        for (String line : expected) {
            checks.add(() -> assertTrue(LOCATED_LINE.matcher(line).matches() || FILE_LINE.matcher(line).matches(),
                    "expected file line not in the one-line problem form: " + line));
        }
        assertAll("briefing " + String.join(" ", args), checks.stream());
    }

    /** The fixture names (file names without ".json") in a folder, sorted. */
    public static List<String> fixtureNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(f -> f.endsWith(".json"))
                    .map(f -> f.substring(0, f.length() - 5))
                    .sorted()
                    .toList();
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
