package org.briefing.style;

/**
 * Font sizes. Running text (body, small, table) keeps at least 15 ems to a line, about 30
 * characters; display sizes (headings, subtitle, figures) at least 8 ems; the cover's title 4.
 * {@link TextBlock} checks those against the page's text block, and that a line of each size
 * fits the block's height several times.
 */
public record Sizes(
        @LengthBounds(min = "4pt", max = "32pt", emsPerLine = 15, what = "font size") Length body,
        @LengthBounds(min = "4pt", max = "14pt", emsPerLine = 15, what = "font size") Length small,
        @LengthBounds(min = "4pt", max = "32pt", emsPerLine = 15, what = "font size") Length table,
        @LengthBounds(min = "4pt", max = "72pt", emsPerLine = 8, what = "font size") Length heading1,
        @LengthBounds(min = "4pt", max = "72pt", emsPerLine = 8, what = "font size") Length heading2,
        @LengthBounds(min = "4pt", max = "72pt", emsPerLine = 8, what = "font size") Length heading3,
        @LengthBounds(min = "4pt", max = "96pt", emsPerLine = 4, what = "font size") Length title,
        @LengthBounds(min = "4pt", max = "72pt", emsPerLine = 8, what = "font size") Length subtitle,
        @LengthBounds(min = "4pt", max = "72pt", emsPerLine = 8, what = "font size") Length figure) {

    /** The size of a heading at {@code level} (1 = top), deeper levels sharing level 3's size. */
    public Length heading(int level) {
        return switch (level) {
            case 1 -> heading1;
            case 2 -> heading2;
            default -> heading3;
        };
    }
}
