package org.briefing.style;

/** Vertical rhythm: line height as a multiple of the font size, and spaces around blocks. */
public record Spacing(
        @NumberBounds(min = 1, max = 3, what = "line height") double lineHeight,
        @LengthBounds(min = "0pt", max = "72pt", what = "space") Length paragraphAfter,
        @LengthBounds(min = "0pt", max = "72pt", what = "space") Length headingBefore,
        @LengthBounds(min = "0pt", max = "72pt", what = "space") Length headingAfter,
        @LengthBounds(min = "0pt", max = "12pt", what = "cell padding") Length cellPadding) {}
