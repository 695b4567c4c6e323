package org.briefing.print;

/** No printer can take the job: none is visible, there is no default, or the one named is unknown. */
public final class NoPrinterException extends Exception {
    private static final long serialVersionUID = 1L;

    NoPrinterException(String message) {
        super(message);
    }

    /** The print service sees no printer at all; {@code name} is the one asked for, or null. */
    public static NoPrinterException noneVisible(String name) {
        return new NoPrinterException((name == null ? "no printer is available" : "no printer named \"" + name + "\"")
                + ": the print service sees no printers (is CUPS running, with a queue set up?)");
    }
}
