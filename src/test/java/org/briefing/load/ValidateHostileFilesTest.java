package org.briefing.load;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.briefing.cli.Cli;
import org.briefing.model.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code briefing validate} end to end on files too big to commit: exit 2, one problem line per
 * problem in the one-line form, nothing that looks like an internal error.
 */
class ValidateHostileFilesTest {
    private static final Pattern PROBLEM_LINE = Pattern.compile("^[^\\n]+?(:\\d+:\\d+)?: error: [^\\n]+$");

    @TempDir
    Path folder;

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws IOException {
        Path big = folder.resolve("big.json");
        String minimal = HostileReportTest.minimal();
        String padding = " ".repeat((int) Limits.MAX_REPORT_BYTES + 1 - minimal.length());
        Files.writeString(big, minimal + padding, StandardCharsets.UTF_8);
        Cli run = Cli.run("validate", big.toString());
        assertAll(
                () -> assertEquals(2, run.exit(), run.err()),
                () -> assertEquals(big + ": error: the file is larger than 32 MiB, the most a report may be",
                        run.err().strip()));
    }

    @Test
    void hostileFilesGiveOneLinePerProblemAndExit2() throws IOException {
        String minimal = HostileReportTest.minimal();
        List<String> files = List.of(
                minimal.replace("\"language\": \"en\"", "\"language\": \"en\\nfake.json:1:1: error: forged\""),
                minimal.replace("\"value\": 30", "\"value\": 1e999999999"),
                minimal.replace("\"type\": \"count\"", "\"type\": \"number\"").replace("\"value\": 30", "\"value\": 1e-999999999"),
                minimal.replace("\"value\": 30", "\"value\": 1e2147483648"),
                minimal.replace("\"id\": \"overview\"", "\"id\": \"" + "ab-".repeat(2000) + "ab\""),
                minimal.replace("\"Minimal report\"", "\"North\\u0000Korea\\uffff\""),
                minimal.replace("\"A lead paragraph that says what the report finds.\"",
                        "[\"See \", { \"link\": \"this\", \"href\": \"mailto:<a@b.org>\" }]"),
                minimal.replace("\"lead\":", "\"" + "q\\n".repeat(20_000) + "\": 1, \"lead\":"));
        List<Executable> checks = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = folder.resolve("hostile-" + i + ".json");
            Files.writeString(file, files.get(i), StandardCharsets.UTF_8);
            Cli run = Cli.run("validate", file.toString());
            List<String> lines = run.err().lines().toList();
            checks.add(() -> assertEquals(2, run.exit(), file + ": " + run.err()));
            checks.add(() -> assertEquals("", run.out(), file + " stdout"));
            checks.add(() -> assertFalse(lines.isEmpty(), file + ": no problem line"));
            for (String line : lines) {
                checks.add(() -> assertTrue(line.startsWith(file.toString()) && PROBLEM_LINE.matcher(line).matches(),
                        "not a problem line: " + line));
                checks.add(() -> assertFalse(line.contains("internal error") || line.contains("Exception"), line));
                checks.add(() -> assertTrue(line.length() < 1_000, "a line of " + line.length() + " characters"));
            }
        }
        assertAll(checks.stream());
    }
}
