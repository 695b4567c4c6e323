package org.briefing.style;

/**
 * The one-page summary: how far its type may shrink (a multiple of the style's sizes, 1 for not
 * at all) before items are left out for the full briefing.
 */
public record SummaryLook(@NumberBounds(min = 0.5, max = 1, what = "summary scale") double minScale) {}
