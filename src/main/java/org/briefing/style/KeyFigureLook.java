package org.briefing.style;

/** How many headline figures the highlight panel shows (none to a two-by-two panel). */
public record KeyFigureLook(@NumberBounds(min = 0, max = 4, what = "highlight count") int highlightCount) {}
