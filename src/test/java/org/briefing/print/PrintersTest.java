package org.briefing.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javax.print.PrintService;
import org.junit.jupiter.api.Test;

/** Which printer a name means, and the one-line message that lists the printers when none fits. */
class PrintersTest {
    private final PrintService office = FakePrinter.named("Office");
    private final PrintService lab = FakePrinter.named("lab-laser");
    private final Printers printers = new Printers(List.of(lab, office), office);

    @Test
    void anExactNameWins() throws Exception {
        assertSame(lab, printers.resolve("lab-laser"));
    }

    @Test
    void namesMatchIgnoringCaseAsCupsDoes() throws Exception {
        assertSame(office, printers.resolve("office"));
        assertSame(lab, printers.resolve("LAB-LASER"));
    }

    @Test
    void noNameMeansTheDefault() throws Exception {
        assertSame(office, printers.resolve(null));
    }

    @Test
    void theDefaultIsListedFirstAndMarked() {
        assertEquals(List.of("Office (default)", "lab-laser"), printers.names());
    }

    @Test
    void anUnknownNameListsThePrintersOnOneLine() {
        NoPrinterException e = assertThrows(NoPrinterException.class, () -> printers.resolve("lab"));
        assertEquals("no printer named \"lab\"; printers: Office (default), lab-laser", e.getMessage());
    }

    @Test
    void withoutADefaultTheUserIsToldToNameOne() {
        Printers noDefault = new Printers(List.of(lab, office), null);
        NoPrinterException e = assertThrows(NoPrinterException.class, () -> noDefault.resolve(null));
        assertEquals("there is no default printer; name one with --printer; printers: lab-laser, Office",
                e.getMessage());
    }

    @Test
    void withNoPrinterAtAllTheMessageSaysSo() {
        Printers none = new Printers(List.of(), null);
        NoPrinterException e = assertThrows(NoPrinterException.class, () -> none.resolve("office"));
        assertEquals("no printer named \"office\": the print service sees no printers "
                + "(is CUPS running, with a queue set up?)", e.getMessage());
        assertTrue(assertThrows(NoPrinterException.class, () -> none.resolve(null)).getMessage()
                .startsWith("no printer is available: "));
    }

    @Test
    void aDefaultTheListLacksIsStillListed() throws Exception {
        Printers onlyDefault = new Printers(List.of(), office);
        assertEquals(List.of("Office (default)"), onlyDefault.names());
        assertSame(office, onlyDefault.resolve("Office"));
    }
}
