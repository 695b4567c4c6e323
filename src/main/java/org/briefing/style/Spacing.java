package org.briefing.style;

/** Vertical rhythm: line height as a multiple of the font size, and spaces around blocks. */
public record Spacing(double lineHeight, Length paragraphAfter, Length headingBefore, Length headingAfter,
        Length cellPadding) {}
