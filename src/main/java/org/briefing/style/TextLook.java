package org.briefing.style;

/** How body paragraphs are set. Table cells are never hyphenated, whatever this says. */
public record TextLook(Align align, boolean hyphenate) {
    public enum Align { JUSTIFY, LEFT }
}
