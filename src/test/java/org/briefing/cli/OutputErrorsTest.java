package org.briefing.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.briefing.Tmpfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The machine's trouble and command-line mistakes as a user sees them: one plain line, the right exit code. */
class OutputErrorsTest {
    private static final String MINIMAL = "src/test/resources/valid/minimal-report.json";

    /** One line, no Java class name, no staging folder's name. */
    private static void assertOnePlainLine(String err) {
        assertEquals(1, err.lines().count(), err);
        assertFalse(err.matches("(?s).*(Exception|java\\.|briefing-part|\\.part).*"), err);
    }

    private static List<String> listing(Path folder) throws Exception {
        try (var entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void outNamingAFileIsACommandLineMistake(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("out.pdf"), "a file");
        Cli cli = Cli.run("render", MINIMAL, "--out", file.toString());
        assertEquals(ExitCode.INVALID_INPUT, cli.exit());
        assertEquals("briefing: error: --out " + file + ": it is a file; give a folder\n", cli.err());
        Cli below = Cli.run("render", MINIMAL, "--out", file.resolve("sub").toString());
        assertEquals(ExitCode.INVALID_INPUT, below.exit());
        assertEquals("briefing: error: --out " + file.resolve("sub") + ": " + file + " is a file; give a folder\n", below.err());
        assertEquals("a file", Files.readString(file));
    }

    @Test
    void aFolderWithoutReportsIsAnError(@TempDir Path dir) throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Files.writeString(empty.resolve("notes.txt"), "not a report");
        Cli render = Cli.run("render", empty.toString(), "--out", dir.resolve("out").toString());
        assertEquals(ExitCode.INVALID_INPUT, render.exit());
        assertEquals("briefing: error: no reports found in " + empty + "/ (no .json files)\n", render.err());
        assertEquals("", render.out());
        assertFalse(Files.exists(dir.resolve("out")), "nothing to write, so no folder made");
        Cli validate = Cli.run("validate", empty.toString());
        assertEquals(ExitCode.INVALID_INPUT, validate.exit());
        assertEquals(render.err(), validate.err());
    }

    @Test
    void anInputThatDoesNotExistIsInvalidInput(@TempDir Path out) {
        Cli cli = Cli.run("render", "source-json/no-such-report.json", "--out", out.toString());
        assertEquals(ExitCode.INVALID_INPUT, cli.exit());
        assertEquals("source-json/no-such-report.json: error: cannot read the file: no such file\n", cli.err());
        assertTrue(cli.out().startsWith("1 report, 0 files written, 1 failed"), cli.out());
    }

    @Test
    void aFolderWhereAFileGoesIsTheMachinesStateAndNothingChanges(@TempDir Path out) throws Exception {
        Files.writeString(out.resolve("minimal-report.pdf"), "old pdf");
        Files.writeString(out.resolve("minimal-report.docx"), "old docx");
        Files.createDirectory(out.resolve("minimal-report-summary.pdf"));
        Cli cli = Cli.run("render", MINIMAL, "--out", out.toString());
        assertEquals(ExitCode.INTERNAL, cli.exit());
        assertEquals(MINIMAL + ": error: cannot replace " + out.resolve("minimal-report-summary.pdf") + ": it is a folder\n",
                cli.err());
        assertTrue(cli.out().startsWith("1 report, 0 files written, 1 failed"), cli.out());
        assertEquals("old pdf", Files.readString(out.resolve("minimal-report.pdf")));
        assertEquals("old docx", Files.readString(out.resolve("minimal-report.docx")));
        assertEquals(List.of("minimal-report-summary.pdf", "minimal-report.docx", "minimal-report.pdf"), listing(out));
    }

    @Test
    void aReadOnlyFolderIsOneLineAndExitOne(@TempDir Path dir) throws Exception {
        Path out = Files.createDirectory(dir.resolve("out"));
        try (Tmpfs disk = Tmpfs.mount(out, "size=64k")) {
            Files.writeString(out.resolve("minimal-report.pdf"), "old pdf");
            disk.remount("remount,ro");
            Cli cli = Cli.run("render", MINIMAL, "source-json/north-korea-2023.json", "--out", out.toString());
            assertEquals(ExitCode.INTERNAL, cli.exit());
            assertEquals("briefing: error: cannot write to " + out + "/: read-only file system\n", cli.err());
            assertOnePlainLine(cli.err());
            assertEquals("old pdf", Files.readString(out.resolve("minimal-report.pdf")));
        }
    }

    @Test
    void aFullDiskSaysSoAndCountsNothingWritten(@TempDir Path dir) throws Exception {
        Path out = Files.createDirectory(dir.resolve("out"));
        try (Tmpfs disk = Tmpfs.mount(out, "size=64k")) {
            Files.writeString(out.resolve("north-korea-2023.docx"), "old docx");
            Cli cli = Cli.run("render", "source-json/north-korea-2023.json", "--out", out.toString());
            assertEquals(ExitCode.INTERNAL, cli.exit());
            assertEquals("source-json/north-korea-2023.json: error: cannot write to " + out
                    + "/: no space left on device\n", cli.err());
            assertOnePlainLine(cli.err());
            assertTrue(cli.out().startsWith("1 report, 0 files written, 1 failed"), cli.out());
            assertEquals(List.of("north-korea-2023.docx"), listing(out));
            assertEquals("old docx", Files.readString(out.resolve("north-korea-2023.docx")));
        }
    }

    @Test
    void aRunRemovesOnlyItsOwnStaleStagingFolders(@TempDir Path out) throws Exception {
        FileTime old = FileTime.from(Instant.now().minus(Duration.ofHours(2)));
        Path stale = Files.createDirectory(out.resolve(".minimal-report.00ff00ff00ff00ff.briefing-part"));
        Files.writeString(stale.resolve("0"), "half a PDF");
        Files.setLastModifiedTime(stale, old);
        Path legacy = Files.writeString(out.resolve(".minimal-report.pdf8035427366018151021.part"), "half a PDF");
        Files.setLastModifiedTime(legacy, old);
        Path lookAlike = Files.writeString(out.resolve(".minimal-report.pdf.00ff00ff00ff00ff.part"), "someone's");
        Files.setLastModifiedTime(lookAlike, old);
        Path fresh = Files.createDirectory(out.resolve(".other.0123456789abcdef.briefing-part"));
        Files.writeString(fresh.resolve("0"), "another process is writing this");
        Cli cli = Cli.run("render", MINIMAL, "--format", "pdf", "--out", out.toString());
        assertEquals(ExitCode.OK, cli.exit(), cli.err());
        assertEquals(List.of(".minimal-report.pdf.00ff00ff00ff00ff.part", ".other.0123456789abcdef.briefing-part",
                "minimal-report.pdf"), listing(out));
        assertTrue(Files.exists(fresh.resolve("0")));
    }
}
