package org.briefing.print;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.print.DocFlavor;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.SimpleDoc;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.JobSheets;
import javax.print.attribute.standard.MediaSizeName;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** One PDF file to print, in so many copies under a job name, handed to a printer's queue. */
public record PdfPrintJob(Path pdf, int copies, String jobName) {

    public PdfPrintJob {
        if (copies < 1) {
            throw new IllegalArgumentException("copies must be 1 or more, not " + copies);
        }
    }

    /** Hands the job over, as the PDF itself where the printer takes PDF, else as pages PDFBox draws. */
    public Handover sendTo(PrintService printer) throws IOException, PrintException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            MediaSizeName paper = PaperSize.of(document);
            PrintRequestAttributeSet attributes = attributes(paper);
            Delivery delivery = Delivery.choose(printer).orElseThrow(() -> new PrintException(
                    "printer \"" + printer.getName() + "\" takes neither PDF nor pages drawn by Java"));
            switch (delivery) {
                case PDF -> sendFile(printer, attributes);
                case PDFBOX_PAGES -> PageablePrintJob.send(document, printer, attributes, jobName);
            }
            return new Handover(printer.getName(), delivery, paper, copies);
        }
    }

    private void sendFile(PrintService printer, PrintRequestAttributeSet attributes)
            throws IOException, PrintException {
        // On Unix the JDK copies the stream to a spool file and runs lpr before print() returns.
        try (InputStream in = Files.newInputStream(pdf)) {
            printer.createPrintJob().print(new SimpleDoc(in, DocFlavor.INPUT_STREAM.PDF, null), attributes);
        } catch (PrintException e) {
            if (String.valueOf(e.getMessage()).contains("/usr/bin/lpr")) {
                throw new PrintException("the JDK hands print jobs to /usr/bin/lpr, which failed or is missing"
                        + " (Debian: apt-get install cups-bsd): " + e.getMessage(), e);
            }
            throw e;
        }
    }

    private PrintRequestAttributeSet attributes(MediaSizeName paper) {
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(new Copies(copies));
        attributes.add(paper);
        attributes.add(new JobName(jobName, null));
        // Otherwise the JDK asks CUPS for its "standard" banner page before the document.
        attributes.add(JobSheets.NONE);
        return attributes;
    }
}
