package org.briefing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.briefing.engine.Batch;
import org.junit.jupiter.api.Test;

/** What a finished report prints: every line one bounded terminal line, whatever the warnings hold. */
class ProgressTest {
    /** The lines printed on standard error for a report that finished with {@code warnings}. */
    private static List<String> errLines(Path report, List<String> warnings) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Progress progress = Progress.of(new PrintWriter(out), new PrintWriter(err), 1, false);
        progress.finished(new Batch.Outcome(report, List.of(Path.of("out/r.pdf")), warnings, List.of(), null, 0));
        return err.toString().lines().toList();
    }

    @Test
    void aWarningWithLineBreaksAndControlsStaysOneLine() {
        List<String> lines = errLines(Path.of("in/a\nb.json"), List.of("font lacks \"\u0007\"\nsecond line\u001b[2J"));
        assertEquals(List.of("in/a\\nb.json: warning: font lacks \"\\u0007\"\\nsecond line\\u001b[2J"), lines);
    }

    @Test
    void aLongWarningIsCutAtFourHundredCharacters() {
        String prefix = "r.json: warning: ";
        List<String> lines = errLines(Path.of("r.json"), List.of("x".repeat(399) + "\n" + "y".repeat(10_000)));
        // The escape "\n" would take the 400th and 401st characters: it is left out whole.
        assertEquals(List.of(prefix + "x".repeat(399) + "…"), lines);
        assertEquals(List.of(prefix + "z".repeat(400)), errLines(Path.of("r.json"), List.of("z".repeat(400))));
    }

    @Test
    void moreThanTwentyWarningsArePrintedAsTwentyAndACount() {
        List<String> warnings = IntStream.rangeClosed(1, 25).mapToObj(i -> "warning " + i).toList();
        List<String> lines = errLines(Path.of("r.json"), warnings);
        assertEquals(21, lines.size(), String.join("\n", lines));
        assertEquals("r.json: warning: warning 20", lines.get(19));
        assertEquals("r.json: warning: … and 5 more warnings", lines.get(20));
        assertEquals(20, errLines(Path.of("r.json"), warnings.subList(0, 20)).size(), "twenty are all printed");
    }
}
