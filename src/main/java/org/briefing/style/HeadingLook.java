package org.briefing.style;

/** Heading numbering and how deep the contents go. */
public record HeadingLook(
        Numbering numbering,
        @NumberBounds(min = 1, max = 6, what = "contents depth") int tocDepth,
        boolean appendixNewPage) {
    /** "2.1 Title" or just "Title". */
    public enum Numbering { DECIMAL, NONE }
}
