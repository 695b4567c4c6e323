package org.briefing.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import javax.print.DocFlavor;
import org.junit.jupiter.api.Test;

/** The PDF itself goes wherever the printer takes PDF; PDFBox's drawn pages only where it does not. */
class DeliveryTest {

    @Test
    void aPrinterThatTakesPdfGetsThePdf() {
        assertEquals(Optional.of(Delivery.PDF), Delivery.choose(FakePrinter.named("cups",
                DocFlavor.INPUT_STREAM.PDF, DocFlavor.SERVICE_FORMATTED.PAGEABLE)));
    }

    @Test
    void aPrinterThatTakesOnlyJavaPagesGetsPagesDrawnByPdfBox() {
        assertEquals(Optional.of(Delivery.PDFBOX_PAGES), Delivery.choose(FakePrinter.named("postscript only",
                DocFlavor.SERVICE_FORMATTED.PAGEABLE, DocFlavor.INPUT_STREAM.POSTSCRIPT)));
    }

    @Test
    void aPrinterThatTakesNeitherGetsNothing() {
        assertEquals(Optional.empty(), Delivery.choose(FakePrinter.named("images", DocFlavor.INPUT_STREAM.PNG)));
    }
}
