package org.briefing.diag;

import java.util.Comparator;

/** One thing wrong with the input, with where it is and, when we can tell, how to fix it. */
public record Problem(Severity severity, Location location, String message, String hint) {

    /** Orders problems as a reader scans a file: by file, then line, then column. */
    public static final Comparator<Problem> IN_FILE_ORDER = Comparator
            .comparing((Problem p) -> p.location().file())
            .thenComparingInt(p -> p.location().line())
            .thenComparingInt(p -> p.location().column());

    public static Problem error(Location location, String message) {
        return new Problem(Severity.ERROR, location, message, null);
    }

    public static Problem error(Location location, String message, String hint) {
        return new Problem(Severity.ERROR, location, message, hint);
    }

    public static Problem warning(Location location, String message) {
        return new Problem(Severity.WARNING, location, message, null);
    }

    /** The most characters of a message, a hint or a pointer a problem line shows. */
    public static final int MAX_PART = 400;

    /**
     * The one-line form: {@code file:line:col: error: message; hint (at /pointer)}. Whatever
     * the parts hold, the result is one line of bounded length: line breaks and control
     * characters are escaped and each part is cut with "…".
     */
    public String format() {
        return Quoted.oneLine(unbounded().toString());
    }

    private StringBuilder unbounded() {
        StringBuilder line = new StringBuilder(cut(location.file()));
        if (location.line() > 0) {
            line.append(':').append(location.line()).append(':').append(location.column());
        }
        line.append(": ").append(severity.word()).append(": ").append(cut(message));
        if (hint != null) {
            line.append("; ").append(cut(hint));
        }
        if (!location.pointer().isEmpty() || location.line() > 0) {
            line.append(" (at ").append(location.pointer().isEmpty() ? "/" : cut(location.pointer())).append(')');
        }
        return line;
    }

    private static String cut(String part) {
        return part.length() <= MAX_PART ? part : part.substring(0, MAX_PART) + "…";
    }
}
