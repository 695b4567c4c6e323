package org.briefing.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.briefing.PdfReadBack;
import org.briefing.Seed;
import org.briefing.plan.Plan;
import org.briefing.plan.TocEntry;
import org.briefing.render.pdf.PdfRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The handout as LibreOffice lays it out (converted to PDF, read back with PDFBox): the
 * contents show the pages the headings land on, pages are the style's size, footers number them.
 */
class DocxLibreOfficeTest {
    private static final Pattern FOOTER = Pattern.compile("Page (\\S+) of (\\d+)");
    private static final Pattern TOC_LINE = Pattern.compile("^(.*?)[ .\u2026]*?(\\d+)$");
    private static Plan plan;
    private static PdfReadBack laidOut;

    @BeforeAll
    static void convert(@TempDir Path folder) throws Exception {
        String soffice = onPath("soffice");
        assumeTrue(soffice != null, "LibreOffice (soffice) is not installed; .ci/run installs libreoffice-writer");
        plan = Seed.plan();
        Path docx = folder.resolve("handout.docx");
        Files.write(docx, DocxRenderer.render(plan, PdfRenderer.render(plan).pages()));
        Process process = new ProcessBuilder(soffice, "--headless", "--norestore",
                "-env:UserInstallation=" + folder.resolve("profile").toUri(),
                "--convert-to", "pdf", "--outdir", folder.toString(), docx.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "LibreOffice finished");
        Path pdf = folder.resolve("handout.pdf");
        assertTrue(Files.isRegularFile(pdf), "LibreOffice wrote no PDF: " + output);
        laidOut = PdfReadBack.read(Files.readAllBytes(pdf), List.of());
    }

    private static String onPath(String command) {
        String path = System.getenv("PATH");
        return path == null ? null : Arrays.stream(path.split(":")).map(dir -> Path.of(dir, command))
                .filter(Files::isExecutable).map(Path::toString).findFirst().orElse(null);
    }

    /** The number a page's footer prints ("Page 3 of 14" → "3"), or null on the cover. */
    private static String footerNumber(int page) {
        Matcher m = FOOTER.matcher(laidOut.pageTexts().get(page));
        return m.find() ? m.group(1) : null;
    }

    @Test
    void eachContentsEntryShowsThePageItsHeadingLandsOn() {
        Map<String, Integer> headings = laidOut.headingPages(2);
        String contents = laidOut.pageTexts().get(1);
        for (TocEntry entry : plan.contents()) {
            String wanted = PdfReadBack.flat(entry.text());
            String line = contents.lines().map(PdfReadBack::flat).filter(l -> l.startsWith(wanted)).findFirst()
                    .orElseThrow(() -> new AssertionError("no contents line for " + wanted + " in\n" + contents));
            Matcher m = TOC_LINE.matcher(line);
            assertTrue(m.matches(), line);
            Integer page = headings.get(wanted);
            assertTrue(page != null, "heading " + wanted + " not found among " + headings.keySet());
            assertEquals(footerNumber(page), m.group(2), wanted);
        }
    }

    @Test
    void pagesAreTheStylesSize() throws IOException {
        try (PDDocument document = laidOut.open()) {
            for (var page : document.getPages()) {
                assertEquals(595.3, page.getMediaBox().getWidth(), 1.0);
                assertEquals(841.9, page.getMediaBox().getHeight(), 1.0);
            }
        }
    }

    @Test
    void everyPageButTheCoverIsNumbered() {
        assertEquals(null, footerNumber(0), "no footer on the cover");
        assertEquals("ii", footerNumber(1));
        for (int page = 2; page < laidOut.pageTexts().size(); page++) {
            assertEquals(String.valueOf(page - 1), footerNumber(page), "page " + (page + 1));
        }
    }
}
