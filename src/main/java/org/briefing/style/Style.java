package org.briefing.style;

import java.util.Optional;

/**
 * Every visual decision the renderers make, typed and resolved. {@code footer} and {@code words}
 * are optional: without them the plan takes the report language's "Page X of Y" and words.
 */
public record Style(
        String name,
        String description,
        PageSetup page,
        StyleFonts fonts,
        Sizes sizes,
        Colours colours,
        Spacing spacing,
        TextLook text,
        HeadingLook headings,
        TableLook table,
        CoverLook cover,
        KeyFigureLook keyFigures,
        SummaryLook summary,
        String header,
        Optional<String> footer,
        Optional<WordOverrides> words) {

    /** Fills a header or footer template: {@code {title}}, {@code {shortTitle}}, {@code {page}}, {@code {pages}}. */
    public static String fill(String template, String title, String shortTitle, String page, String pages) {
        return template.replace("{title}", title).replace("{shortTitle}", shortTitle)
                .replace("{page}", page).replace("{pages}", pages);
    }
}
