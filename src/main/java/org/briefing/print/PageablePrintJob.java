package org.briefing.print;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.attribute.PrintRequestAttributeSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/** The fallback for printers that don't take PDF: PDFBox draws each page for a Java {@code PrinterJob}. */
final class PageablePrintJob {
    private PageablePrintJob() {}

    static void send(PDDocument document, PrintService printer, PrintRequestAttributeSet attributes, String jobName)
            throws PrintException {
        try {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(printer);
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(document));
            job.print(attributes);
        } catch (PrinterException e) {
            throw new PrintException(e);
        }
    }
}
