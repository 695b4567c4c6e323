package org.briefing.style;

/**
 * Font sizes. Text set in running lines (body, small, table) stays readable and fits many words
 * to a line; display sizes (headings, title, figures) may be larger. {@link TextBlock} also checks
 * that a line of each size fits the page's text block several times.
 */
public record Sizes(
        @LengthBounds(min = "4pt", max = "36pt", what = "font size") Length body,
        @LengthBounds(min = "4pt", max = "14pt", what = "font size") Length small,
        @LengthBounds(min = "4pt", max = "36pt", what = "font size") Length table,
        @LengthBounds(min = "4pt", max = "72pt", what = "font size") Length heading1,
        @LengthBounds(min = "4pt", max = "72pt", what = "font size") Length heading2,
        @LengthBounds(min = "4pt", max = "72pt", what = "font size") Length heading3,
        @LengthBounds(min = "4pt", max = "96pt", what = "font size") Length title,
        @LengthBounds(min = "4pt", max = "72pt", what = "font size") Length subtitle,
        @LengthBounds(min = "4pt", max = "72pt", what = "font size") Length figure) {

    /** The size of a heading at {@code level} (1 = top), deeper levels sharing level 3's size. */
    public Length heading(int level) {
        return switch (level) {
            case 1 -> heading1;
            case 2 -> heading2;
            default -> heading3;
        };
    }
}
