package org.briefing.style;

/** The cover page's layout. */
public record CoverLook(Layout layout, boolean showClassification) {
    /** A coloured band behind the title, or plain type on white. */
    public enum Layout { BAND, PLAIN }
}
