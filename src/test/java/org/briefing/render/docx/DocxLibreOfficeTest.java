package org.briefing.render.docx;

import org.briefing.DocxParts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
    private static final Pattern FOOTER = Pattern.compile("Page (\\S+) of (\\S+)");
    private static final Pattern TOC_LINE = Pattern.compile("^(.*?)[ .\u2026]*?(\\d+)$");
    private static Plan plan;
    private static PdfReadBack laidOut;

    @BeforeAll
    static void convert(@TempDir Path folder) throws Exception {
        plan = Seed.plan();
        Path docx = folder.resolve("handout.docx");
        byte[] bytes = DocxRenderer.render(plan, PdfRenderer.render(plan).pages());
        DocxParts.assertWellFormed(bytes);
        Files.write(docx, bytes);
        laidOut = PdfReadBack.read(Files.readAllBytes(LibreOffice.toPdf(folder, List.of(docx)).get(0)), List.of());
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

    /** The "of" of a page's footer ("Page 3 of 14" → "14"), or null on the cover. */
    private static String footerCount(int page) {
        Matcher m = FOOTER.matcher(laidOut.pageTexts().get(page));
        return m.find() ? m.group(2) : null;
    }

    /**
     * "Page X of Y" counts as the PDF does: Y is the body's pages (appendices included), X restarts
     * at 1 after the contents, so the last page says "Page N of N"; the front matter counts its own.
     */
    @Test
    void footersCountTheBodysPagesAsThePdfDoes() {
        int pages = laidOut.pageTexts().size();
        int bodyStart = 2;
        while (bodyStart < pages && !"1".equals(footerNumber(bodyStart))) {
            bodyStart++;
        }
        String bodyPages = String.valueOf(pages - bodyStart);
        assertEquals("Page " + bodyPages + " of " + bodyPages,
                FOOTER.matcher(laidOut.pageTexts().get(pages - 1)).results().map(r -> r.group()).findFirst().orElse(null),
                "the last page's footer");
        for (int page = bodyStart; page < pages; page++) {
            assertEquals(bodyPages, footerCount(page), "page " + (page + 1));
        }
        // The front matter counts the pages before the body, cover included, as the PDF's "Page ii of ii";
        // LibreOffice ignores a PAGEREF's \\* roman switch and writes that count in arabic digits.
        for (int page = 1; page < bodyStart; page++) {
            assertTrue(List.of(String.valueOf(bodyStart), roman(bodyStart)).contains(footerCount(page)),
                    "front page " + (page + 1) + " counts the " + bodyStart + " front pages: " + footerCount(page));
        }
    }

    private static String roman(int n) {
        String[] ones = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};
        String[] tens = {"", "x", "xx", "xxx", "xl", "l", "lx", "lxx", "lxxx", "xc"};
        return tens[n / 10 % 10] + ones[n % 10];
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
