package org.briefing.style;

/** Font sizes. */
public record Sizes(Length body, Length small, Length table, Length heading1, Length heading2, Length heading3,
        Length title, Length subtitle, Length figure) {

    /** The size of a heading at {@code level} (1 = top), deeper levels sharing level 3's size. */
    public Length heading(int level) {
        return switch (level) {
            case 1 -> heading1;
            case 2 -> heading2;
            default -> heading3;
        };
    }
}
