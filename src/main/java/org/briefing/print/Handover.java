package org.briefing.print;

import javax.print.attribute.standard.MediaSizeName;

/**
 * A job handed to a printer's queue (not yet printed: the queue prints it later), with what
 * was asked for.
 */
public record Handover(String printer, Delivery delivery, MediaSizeName paper, int copies) {

    /** For the command line: {@code "BriefingPDF: 2 copies, iso-a4, as PDF"}. */
    public String describe() {
        return printer + ": " + copies + (copies == 1 ? " copy" : " copies") + ", " + paper + ", "
                + switch (delivery) {
                    case PDF -> "as PDF";
                    case PDFBOX_PAGES -> "as pages drawn by PDFBox (the printer does not take PDF)";
                };
    }
}
