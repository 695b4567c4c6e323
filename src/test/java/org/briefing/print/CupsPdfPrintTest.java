package org.briefing.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefing.PdfReadBack;
import org.briefing.Seed;
import org.briefing.cli.Cli;
import org.briefing.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prints the one-page summary to a real CUPS queue whose "printer" is CUPS-PDF, and reads back
 * the PDF that comes out: the text survived (the PDF itself was sent, not drawn pages), on the
 * right paper. Skipped, saying why, where no CUPS server or queue is there; .ci/run sets both up.
 */
class CupsPdfPrintTest {
    private static final Duration PRINT_TIMEOUT = Duration.ofSeconds(90);

    @Test
    void theSummaryComesOutOfTheQueueWithItsTextOnItsPaper(@TempDir Path folder) throws Exception {
        CupsPdfQueue queue = CupsPdfQueue.find();
        Path report = Files.copy(Seed.FILE, folder.resolve("north-korea-2023.json"));
        Path out = Files.createDirectories(folder.resolve("out"));
        Path summary = out.resolve("north-korea-2023-summary.pdf");
        Files.writeString(summary, "not a PDF: older than the report, so print must render it again");
        Files.setLastModifiedTime(summary, FileTime.fromMillis(0));

        Set<Path> before = queue.pdfs();
        Cli run = Cli.run("print", report.toString(), "--summary",
                "--printer", queue.name(), "--out", out.toString());
        assertEquals(ExitCode.OK, run.exit(), run.err());
        assertTrue(run.out().contains("wrote " + summary), run.out());
        assertTrue(run.out().contains("sent " + summary + " to " + queue.name() + ": 1 copy, "), run.out());
        assertTrue(run.out().strip().endsWith(", as PDF"), "the PDF itself, not drawn pages: " + run.out());
        Path printed = queue.awaitNewPdf(before, PRINT_TIMEOUT);

        try (PDDocument document = Loader.loadPDF(printed.toFile());
                PDDocument rendered = Loader.loadPDF(summary.toFile())) {
            assertEquals(1, document.getNumberOfPages(), "one page came out");
            String text = PdfReadBack.flat(new PDFTextStripper().getText(document));
            for (String expected : new String[] {Seed.report().metadata().title(), "8.12 million doses",
                    "over 30 missile tests", "42 North Koreans"}) {
                assertTrue(text.contains(expected), "\"" + expected + "\" in the printed text:\n" + text);
            }
            PDRectangle paper = document.getPage(0).getMediaBox();
            PDRectangle page = rendered.getPage(0).getMediaBox();
            assertEquals(page.getWidth(), paper.getWidth(), 2, "printed on the summary's paper, not Letter");
            assertEquals(page.getHeight(), paper.getHeight(), 2, "printed on the summary's paper, not Letter");
        } finally {
            Files.deleteIfExists(printed);
        }
    }

    @Test
    void anUpToDateSummaryInOutIsPrintedWithoutRenderingAgain(@TempDir Path folder) throws Exception {
        CupsPdfQueue queue = CupsPdfQueue.find();
        Path report = Files.copy(Seed.FILE, folder.resolve("north-korea-2023.json"));
        Path out = folder.resolve("out");
        Cli render = Cli.run("render", report.toString(), "--format", "summary",
                "--out", out.toString());
        assertEquals(ExitCode.OK, render.exit(), render.err());
        Path summary = out.resolve("north-korea-2023-summary.pdf");
        FileTime renderedAt = Files.getLastModifiedTime(summary);

        Set<Path> before = queue.pdfs();
        Cli run = Cli.run("print", report.toString(), "--summary",
                "--printer", queue.name(), "--out", out.toString());
        assertEquals(ExitCode.OK, run.exit(), run.err());
        assertTrue(run.out().startsWith("using " + summary + " "), run.out());
        assertEquals(renderedAt, Files.getLastModifiedTime(summary), "the file in out/ was not rewritten");
        Files.deleteIfExists(queue.awaitNewPdf(before, PRINT_TIMEOUT));
    }

    @Test
    void theOutputFolderComesFromCupsPdfsOutSetting() {
        String home = System.getProperty("user.home");
        String user = System.getProperty("user.name");
        assertEquals(Path.of(home, "PDF"), CupsPdfQueue.outputFolders(
                java.util.List.of("### Key: Out", "#Out /nowhere", "Out ${HOME}/PDF", "Grp lpadmin")).get(0));
        assertEquals(Path.of("/var/spool/cups-pdf", user), CupsPdfQueue.outputFolders(java.util.List.of()).get(0));
    }
}
