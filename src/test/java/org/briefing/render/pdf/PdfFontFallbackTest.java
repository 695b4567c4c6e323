package org.briefing.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.briefing.engine.Briefing;
import org.briefing.engine.Format;
import org.briefing.engine.Rendered;
import org.briefing.PdfReadBack;
import org.briefing.Seed;
import org.briefing.load.ReportLoader;
import org.briefing.plan.Planner;
import org.junit.jupiter.api.Test;

/** A character the main font lacks comes from a fallback font; one no font has is a warning naming it. */
class PdfFontFallbackTest {

    @Test
    void fallbackFontsCoverWhatTheMainFontLacksAndMissingCharactersAreNamed() throws Exception {
        String report = """
                { "metadata": { "title": "Glyphs", "organization": "O", "date": "2023-01-12", "language": "en" },
                  "lead": "Lead.",
                  "sections": [ { "title": "Symbols", "blocks": [ "Arrows \\u21e8 and a snowman \\u2603 and \\u5317 here." ] } ] }
                """;
        var plan = Planner.plan(ReportLoader.loadText("glyphs.json", report), Seed.style());
        PdfRenderer.Result result = PdfRenderer.render(plan);
        PdfReadBack pdf = PdfReadBack.read(result.bytes(), result.warnings());
        assertTrue(pdf.flatText().contains("Arrows \u21e8 and a snowman \u2603 and"), pdf.flatText());
        assertEquals(List.of("character U+5317 '\u5317' is in none of the style's fonts; left out of section 1 Symbols"),
                pdf.warnings());
    }

    /**
     * A long title in a script no font of the style has (here 50,000 Chinese words): its words
     * are 0 wide, so a line never fills. Fitting it on the cover, in the running header and in
     * the summary must stay linear, and the warnings one bounded line per place. The timeout
     * guards against a hang; it is not a speed check.
     */
    @Test
    void aLongTitleOfCharactersNoFontHasIsFittedAndWarnedAboutBriefly() throws Exception {
        String title = "\u4e2d\u6587 ".repeat(50_000).strip();
        String report = """
                { "metadata": { "title": "%s", "organization": "O", "date": "2023-01-12", "language": "en" },
                  "lead": "Lead.",
                  "sections": [ { "title": "Symbols", "blocks": [ "Text." ] } ] }
                """.formatted(title);
        var loaded = ReportLoader.loadText("cjk-title.json", report);
        Rendered rendered = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> Briefing.withStyle(Seed.style()).render(loaded, EnumSet.allOf(Format.class)));
        assertTrue(rendered.warnings().size() <= 10, rendered.warnings().size() + " warnings");
        for (String warning : rendered.warnings()) {
            assertTrue(warning.length() < 600 && !warning.contains("\n"), warning);
        }
        assertTrue(rendered.warnings().stream().anyMatch(w -> w.startsWith("characters U+4E2D '\u4e2d', U+6587 '\u6587' are in none")),
                rendered.warnings().toString());
    }
}
