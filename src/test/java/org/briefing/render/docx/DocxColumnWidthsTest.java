package org.briefing.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** How the text width is shared among columns, and between the running header's parts. */
class DocxColumnWidthsTest {
    @Test
    void everyColumnGetsItsWidestWordAndTheRestGoesToTheTextThatWouldWrap() {
        long[] least = {900, 2000, 1500, 1200};
        long[] most = {900, 40000, 6000, 1300};
        long[] widths = DocxColumnWidths.share(least, most, 9000);
        assertEquals(9000, Arrays.stream(widths).sum());
        for (int c = 0; c < least.length; c++) {
            assertTrue(widths[c] >= least[c], "column " + c + ": " + Arrays.toString(widths));
        }
        assertEquals(900, widths[0], "a column whose words all fit on one line gets no more");
        assertTrue(widths[1] > widths[2] && widths[2] > widths[3], Arrays.toString(widths));
    }

    @Test
    void columnsThatAllFitOnOneLineShareTheRestInProportion() {
        long[] widths = DocxColumnWidths.share(new long[] {500, 500}, new long[] {1000, 3000}, 8000);
        assertEquals(2000, widths[0]);
        assertEquals(6000, widths[1]);
    }

    @Test
    void whenEvenTheWidestWordsDoNotFitTheyShareInProportion() {
        long[] widths = DocxColumnWidths.share(new long[] {6000, 12000}, new long[] {6000, 12000}, 9000);
        assertEquals(3000, widths[0]);
        assertEquals(6000, widths[1]);
    }

    @Test
    void theHeadersShorterPartKeepsItsLineAndTheOtherWrapsInTheRest() {
        long width = 9000;
        assertEquals(1500, DocxRunningHeads.rightShare(3000, 1500, width), "both fit");
        assertEquals(1500, DocxRunningHeads.rightShare(20000, 1500, width), "a long title wraps beside a short edition");
        assertEquals(width - DocxRunningHeads.GAP - 2000, DocxRunningHeads.rightShare(2000, 20000, width));
        assertEquals((width - DocxRunningHeads.GAP) / 2, DocxRunningHeads.rightShare(20000, 20000, width));
    }
}
