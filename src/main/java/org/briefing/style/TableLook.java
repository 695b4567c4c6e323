package org.briefing.style;

/** How tables are ruled and shaded. */
public record TableLook(boolean stripes, Borders borders) {
    public enum Borders { HORIZONTAL, GRID, NONE }
}
