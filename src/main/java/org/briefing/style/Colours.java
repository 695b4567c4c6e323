package org.briefing.style;

/** The palette. */
public record Colours(Colour text, Colour muted, Colour accent, Colour accentText, Colour rule, Colour link,
        Colour tableHeaderBackground, Colour tableHeaderText, Colour tableStripe, Colour calloutBackground,
        Colour importantBackground, Colour importantRule) {}
