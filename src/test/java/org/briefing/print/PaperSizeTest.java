package org.briefing.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javax.print.attribute.standard.MediaSizeName;
import org.junit.jupiter.api.Test;

/** The paper asked of the printer is the PDF's page size, never Java's default Letter for an A4 page. */
class PaperSizeTest {

    @Test
    void a4PagesAskForA4() {
        assertEquals(MediaSizeName.ISO_A4, PaperSize.forPage(595.28f, 841.89f));
        assertEquals(MediaSizeName.ISO_A4, PaperSize.forPage(595f, 842f));
    }

    @Test
    void letterPagesAskForLetter() {
        assertEquals(MediaSizeName.NA_LETTER, PaperSize.forPage(612f, 792f));
    }

    @Test
    void landscapePagesAskForTheSamePaper() {
        assertEquals(MediaSizeName.ISO_A4, PaperSize.forPage(841.89f, 595.28f));
    }

    @Test
    void otherSizesAskForTheNearestKnownPaper() {
        assertEquals(MediaSizeName.ISO_A5, PaperSize.forPage(419.53f, 595.28f));
    }
}
