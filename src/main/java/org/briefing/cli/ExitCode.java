package org.briefing.cli;

/** The process exit codes, as documented in the README. */
public final class ExitCode {
    /** Everything asked for was done. */
    public static final int OK = 0;
    /** Briefing itself failed (a bug, or the disk): the message says what. */
    public static final int INTERNAL = 1;
    /** The input (report, style or command line) is wrong; the problems were printed. */
    public static final int INVALID_INPUT = 2;
    /** No printer is available, or the one named is unknown. */
    public static final int NO_PRINTER = 3;

    private ExitCode() {}
}
