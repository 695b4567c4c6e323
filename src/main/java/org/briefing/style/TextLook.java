package org.briefing.style;

/**
 * How body paragraphs are set. Nothing is hyphenated: Briefing bundles no hyphenation
 * patterns, so a justified line widens its word spaces instead.
 */
public record TextLook(Align align) {
    public enum Align { JUSTIFY, LEFT }
}
