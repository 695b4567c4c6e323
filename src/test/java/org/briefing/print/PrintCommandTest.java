package org.briefing.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.briefing.cli.Cli;
import org.briefing.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code briefing print} as a user types it, with or without a print system on the machine. */
class PrintCommandTest {
    private static final String REPORT = "source-json/north-korea-2023.json";

    @Test
    void anUnknownPrinterIsExitThreeWithOneLineListingThePrinters(@TempDir Path out) {
        Cli run = Cli.run("print", REPORT, "--printer", "no-such-printer-42", "--out", out.toString());
        assertEquals(ExitCode.NO_PRINTER, run.exit(), run.err());
        assertTrue(run.err().startsWith("briefing: error: no printer named \"no-such-printer-42\""), run.err());
        assertEquals(1, run.err().lines().count(), "one line:\n" + run.err());
        var seen = Printers.visible().names();
        assertTrue(seen.isEmpty() ? run.err().contains("sees no printers")
                : run.err().contains("printers: " + String.join(", ", seen)), run.err());
        assertEquals("", run.out());
    }

    @Test
    void nothingIsRenderedWhenThePrinterIsUnknown(@TempDir Path out) throws Exception {
        Cli.run("print", REPORT, "--summary", "--printer", "no-such-printer-42", "--out", out.toString());
        try (var files = Files.list(out)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void listShowsWhatThePrintServiceSees() {
        Cli run = Cli.run("print", "--list");
        var seen = Printers.visible().names();
        if (seen.isEmpty()) {
            assertEquals(ExitCode.NO_PRINTER, run.exit());
            assertTrue(run.err().startsWith("briefing: error: no printer is available"), run.err());
        } else {
            assertEquals(ExitCode.OK, run.exit(), run.err());
            assertEquals(String.join("\n", seen) + "\n", run.out());
        }
    }

    @Test
    void aFileIsNeededUnlessListing() {
        Cli run = Cli.run("print");
        assertEquals(ExitCode.INVALID_INPUT, run.exit());
        assertTrue(run.err().contains("FILE"), run.err());
    }

    @Test
    void copiesStartAtOne() {
        Cli run = Cli.run("print", REPORT, "--copies", "0");
        assertEquals(ExitCode.INVALID_INPUT, run.exit());
        assertTrue(run.err().contains("--copies must be 1 or more"), run.err());
    }
}
