package org.briefing.style;

/**
 * The one-page summary: how far its type may shrink (a multiple of the style's sizes) before
 * items are left out for the full briefing.
 */
public record SummaryLook(double minScale) {}
