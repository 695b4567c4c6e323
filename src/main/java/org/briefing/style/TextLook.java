package org.briefing.style;

/**
 * How body paragraphs are set, and what a render does with a character none of the style's
 * fonts has. Nothing is hyphenated: Briefing bundles no hyphenation patterns, so a justified
 * line widens its word spaces instead.
 */
public record TextLook(Align align, java.util.Optional<MissingCharacters> missingCharacters) {
    public enum Align { JUSTIFY, LEFT }

    /**
     * A character in none of the fonts: {@code ERROR} fails the report's render (nothing is
     * written), {@code BOX} accepts the loss, draws a box in its place and warns once.
     */
    public enum MissingCharacters { ERROR, BOX }
}
