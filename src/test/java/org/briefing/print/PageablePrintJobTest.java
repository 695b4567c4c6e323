package org.briefing.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.print.DocFlavor;
import javax.print.StreamPrintService;
import javax.print.StreamPrintServiceFactory;
import javax.print.attribute.standard.MediaSizeName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fallback for printers that don't take PDF, run without a printer: the JDK's PostScript
 * stream service takes only pages drawn by Java, so PDFBox draws them; every page arrives, on A4.
 */
class PageablePrintJobTest {

    @Test
    void aPrinterWithoutPdfGetsEveryPageDrawnByPdfBox(@TempDir Path folder) throws Exception {
        Path pdf = folder.resolve("two-pages.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage(PDRectangle.A4));
            document.addPage(new PDPage(PDRectangle.A4));
            document.save(pdf.toFile());
        }
        ByteArrayOutputStream postscript = new ByteArrayOutputStream();
        StreamPrintService printer = StreamPrintServiceFactory.lookupStreamPrintServiceFactories(
                DocFlavor.SERVICE_FORMATTED.PAGEABLE, "application/postscript")[0].getPrintService(postscript);

        Handover handover = new PdfPrintJob(pdf, 1, "two-pages.pdf").sendTo(printer);

        assertEquals(Delivery.PDFBOX_PAGES, handover.delivery());
        assertEquals(MediaSizeName.ISO_A4, handover.paper());
        String output = postscript.toString(StandardCharsets.ISO_8859_1);
        assertTrue(output.startsWith("%!PS"), "PostScript came out");
        assertEquals(2, output.lines().filter(line -> line.startsWith("%%Page:")).count(), "pages in the output");
        assertTrue(output.contains("/PageSize [595.2"), "A4 paper asked for, not Letter");
    }
}
