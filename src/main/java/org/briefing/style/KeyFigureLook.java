package org.briefing.style;

/** How many headline figures the highlight panel shows. */
public record KeyFigureLook(int highlightCount) {}
