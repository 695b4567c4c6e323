package org.briefing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The commands a user types, their output and their exit codes. */
class CommandLineTest {

    @Test
    void validatesTheSeed() {
        Cli cli = Cli.run("validate", "source-json/north-korea-2023.json");
        assertEquals(ExitCode.OK, cli.exit(), cli.err());
        assertEquals("source-json/north-korea-2023.json: ok\n", cli.out());
        assertEquals("", cli.err());
    }

    @Test
    void aMissingFileIsInvalidInputWithoutAStackTrace() {
        Cli cli = Cli.run("validate", "source-json/nope.json");
        assertEquals(ExitCode.INVALID_INPUT, cli.exit());
        assertEquals("source-json/nope.json: error: cannot read the file: no such file\n", cli.err());
    }

    @Test
    void renderWritesThePdfIntoTheOutputFolder(@org.junit.jupiter.api.io.TempDir java.nio.file.Path out) {
        Cli cli = Cli.run("render", "source-json/north-korea-2023.json", "--format", "pdf", "--out", out.toString());
        assertEquals(ExitCode.OK, cli.exit(), cli.err());
        assertEquals("", cli.err());
        String[] lines = cli.out().split("\n");
        assertEquals("source-json/north-korea-2023.json: wrote " + out.resolve("north-korea-2023.pdf"), lines[0]);
        assertTrue(lines[1].matches("1 report, 1 file written, 0 failed, \\d+\\.\\d\\d s"), lines[1]);
        assertTrue(java.nio.file.Files.isRegularFile(out.resolve("north-korea-2023.pdf")));
    }

    @Test
    void renderWritesEveryAvailableFormatByDefault(@org.junit.jupiter.api.io.TempDir java.nio.file.Path out) {
        Cli cli = Cli.run("render", "source-json/north-korea-2023.json", "--out", out.toString());
        assertEquals(ExitCode.OK, cli.exit(), cli.err());
        assertTrue(java.nio.file.Files.isRegularFile(out.resolve("north-korea-2023.pdf")));
        assertTrue(java.nio.file.Files.isRegularFile(out.resolve("north-korea-2023.docx")));
    }

    @Test
    void aBatchWritesEveryGoodReportAndSaysWhichFailed(@org.junit.jupiter.api.io.TempDir java.nio.file.Path out) {
        Cli cli = Cli.run("render", "source-json/north-korea-2023.json",
                "src/test/resources/invalid/reports/missing-title.json", "src/test/resources/valid/minimal-report.json",
                "--format", "pdf", "--out", out.toString());
        assertEquals(ExitCode.INVALID_INPUT, cli.exit(), "the exit code says something failed");
        assertTrue(java.nio.file.Files.isRegularFile(out.resolve("north-korea-2023.pdf")));
        assertTrue(java.nio.file.Files.isRegularFile(out.resolve("minimal-report.pdf")));
        assertTrue(cli.err().contains("missing-title.json:2:15: error: missing required field \"title\""), cli.err());
        assertTrue(cli.out().contains("3 reports, 2 files written, 1 failed"), cli.out());
    }

    @Test
    void twoReportsThatWouldWriteTheSameFilesAreRefused(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path other = dir.resolve("again/north-korea-2023.json");
        java.nio.file.Files.createDirectories(other.getParent());
        java.nio.file.Files.copy(java.nio.file.Path.of("source-json/north-korea-2023.json"), other);
        Cli cli = Cli.run("render", "source-json/north-korea-2023.json", other.toString(), "--out", dir.toString());
        assertEquals(ExitCode.INVALID_INPUT, cli.exit());
        String again = other.toString();
        assertEquals("source-json/north-korea-2023.json and " + again + " would both write "
                + dir.resolve("north-korea-2023.pdf") + ", " + dir.resolve("north-korea-2023.docx") + ", "
                + dir.resolve("north-korea-2023-summary.pdf") + "; rename one of them",
                cli.err().strip().substring((again + ": error: ").length()), cli.err());
    }

    @Test
    void aReportNamedLikeAnotherOnesSummaryIsRefusedNamingTheFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path in = java.nio.file.Files.createDirectory(dir.resolve("in"));
        java.nio.file.Path out = dir.resolve("out");
        java.nio.file.Path source = java.nio.file.Path.of("src/test/resources/valid/minimal-report.json");
        java.nio.file.Files.copy(source, in.resolve("x.json"));
        java.nio.file.Files.copy(source, in.resolve("x-summary.json"));
        // The summary of x and the PDF of x-summary are both x-summary.pdf.
        Cli both = Cli.run("render", in.toString(), "--out", out.toString());
        assertEquals(ExitCode.INVALID_INPUT, both.exit(), both.err());
        assertEquals(in.resolve("x.json") + ": error: " + in.resolve("x-summary.json") + " and " + in.resolve("x.json")
                + " would both write " + out.resolve("x-summary.pdf") + "; rename one of them", both.err().strip());
        assertFalse(java.nio.file.Files.exists(out.resolve("x-summary.pdf")), "nothing is written");
        // Without the summary the two reports' files are all different.
        Cli pdfs = Cli.run("render", in.toString(), "--format", "pdf,docx", "--out", out.toString());
        assertEquals(ExitCode.OK, pdfs.exit(), pdfs.err());
        assertTrue(java.nio.file.Files.isRegularFile(out.resolve("x-summary.pdf")));
        assertTrue(java.nio.file.Files.isRegularFile(out.resolve("x.pdf")));
    }

    @Test
    void shardsSplitTheInputListWithoutOverlap(@org.junit.jupiter.api.io.TempDir java.nio.file.Path out) {
        String[] inputs = {"source-json/north-korea-2023.json", "src/test/resources/valid/minimal-report.json"};
        Cli first = Cli.run("render", inputs[0], inputs[1], "--format", "summary", "--shard", "1/2", "--out",
                out.resolve("a").toString());
        Cli second = Cli.run("render", inputs[0], inputs[1], "--format", "summary", "--shard", "2/2", "--out",
                out.resolve("b").toString());
        assertEquals(ExitCode.OK, first.exit(), first.err());
        assertEquals(ExitCode.OK, second.exit(), second.err());
        assertTrue(java.nio.file.Files.isRegularFile(out.resolve("a/north-korea-2023-summary.pdf")));
        assertTrue(java.nio.file.Files.isRegularFile(out.resolve("b/minimal-report-summary.pdf")));
        assertEquals(false, java.nio.file.Files.exists(out.resolve("a/minimal-report-summary.pdf")));
        Cli bad = Cli.run("render", "--shard", "3/2");
        assertEquals(ExitCode.INVALID_INPUT, bad.exit());
        assertTrue(bad.err().contains("--shard takes I/N"), bad.err());
    }

    @Test
    void anInvalidReportIsNotRenderedAndTheOldFileStays(@org.junit.jupiter.api.io.TempDir java.nio.file.Path out)
            throws Exception {
        java.nio.file.Path old = out.resolve("missing-title.pdf");
        java.nio.file.Files.writeString(old, "previous render");
        Cli cli = Cli.run("render", "src/test/resources/invalid/reports/missing-title.json", "--out", out.toString());
        assertEquals(ExitCode.INVALID_INPUT, cli.exit());
        assertEquals("previous render", java.nio.file.Files.readString(old));
    }

    @Test
    void helpListsTheCommandsAndExitCodes() {
        Cli cli = Cli.run("--help");
        assertEquals(ExitCode.OK, cli.exit());
        for (String word : new String[] {"render", "validate", "summary", "Exit codes:", "invalid input"}) {
            assertTrue(cli.out().contains(word), word + " in:\n" + cli.out());
        }
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithExitTwo() {
        Cli cli = Cli.run("render", "--frmat", "pdf");
        assertEquals(ExitCode.INVALID_INPUT, cli.exit());
        assertTrue(cli.err().contains("--frmat"), cli.err());
    }

    @Test
    void anUnknownStyleIsInvalidInput() {
        Cli cli = Cli.run("summary", "--style", "fancy", "source-json/north-korea-2023.json");
        assertEquals(ExitCode.INVALID_INPUT, cli.exit());
        assertEquals("fancy: error: no style named \"fancy\"; bundled styles: briefing, print, handout; "
                + "or give a path to a .json file\n", cli.err());
    }

    @Test
    void theTerminalSummaryShowsFiguresAlignedAndTheOutline() {
        Cli cli = Cli.run("summary", "--width", "80", "source-json/north-korea-2023.json");
        assertEquals(ExitCode.OK, cli.exit(), cli.err());
        String[] lines = cli.out().split("\n");
        assertEquals("North Korea: Events of 2022", lines[0]);
        for (String line : lines) {
            assertTrue(line.length() <= 80, "too wide: " + line);
        }
        assertTrue(cli.out().contains("8.12 million doses"));
        assertTrue(cli.out().contains("Appendix D \u2014 Documents referred to"));
        int end1 = lineWith(lines, "  Missile tests").length();
        int end2 = lineWith(lines, "  Depth of border buffer zones").length();
        assertEquals(end1, end2, "values are right-aligned");
    }

    @Test
    void theSummaryAlsoComesAsMarkdown() {
        Cli cli = Cli.run("summary", "--format", "markdown", "source-json/north-korea-2023.json");
        assertEquals(ExitCode.OK, cli.exit(), cli.err());
        assertTrue(cli.out().startsWith("# North Korea: Events of 2022\n"), cli.out());
        assertTrue(cli.out().contains("| Missile tests "), cli.out());
    }

    @Test
    void anUnknownSummaryFormatIsAUsageError() {
        Cli cli = Cli.run("summary", "--format", "html", "source-json/north-korea-2023.json");
        assertEquals(ExitCode.INVALID_INPUT, cli.exit());
        assertTrue(cli.err().contains("html"), cli.err());
    }

    private static String lineWith(String[] lines, String text) {
        for (String line : lines) {
            if (line.contains(text)) {
                return line;
            }
        }
        throw new AssertionError("no line with " + text);
    }
}
