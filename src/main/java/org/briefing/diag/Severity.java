package org.briefing.diag;

/** How bad a problem is: an error stops the render, a warning does not. */
public enum Severity {
    ERROR, WARNING;

    /** The word printed in a problem line. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
