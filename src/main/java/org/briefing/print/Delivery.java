package org.briefing.print;

import java.util.Optional;
import javax.print.DocFlavor;
import javax.print.PrintService;

/** How a PDF reaches a printer: the file itself, or pages that PDFBox draws for Java's printing. */
public enum Delivery {
    /** The PDF itself through a {@code DocPrintJob}; the printer's own filters keep the text as text. */
    PDF,
    /** Pages drawn by PDFBox's {@code PDFPageable} through a {@code PrinterJob}; text becomes outlines. */
    PDFBOX_PAGES;

    /** The PDF itself wherever the service takes PDF, because drawn pages lose the text; empty when it takes neither. */
    static Optional<Delivery> choose(PrintService service) {
        if (service.isDocFlavorSupported(DocFlavor.INPUT_STREAM.PDF)) {
            return Optional.of(PDF);
        }
        if (service.isDocFlavorSupported(DocFlavor.SERVICE_FORMATTED.PAGEABLE)) {
            return Optional.of(PDFBOX_PAGES);
        }
        return Optional.empty();
    }
}
