package org.briefing.style;

import java.util.List;

/** Which family sets which text, and the families tried, in order, for characters the main one lacks. */
public record StyleFonts(FontFamily body, FontFamily heading, FontFamily table, List<FontFamily> fallback) {
    public StyleFonts {
        fallback = List.copyOf(fallback);
    }
}
