package org.briefing.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.briefing.PdfReadBack;
import org.briefing.Seed;
import org.briefing.diag.InvalidInputException;
import org.briefing.diag.Problem;
import org.briefing.engine.Briefing;
import org.briefing.engine.Format;
import org.briefing.engine.Rendered;
import org.briefing.load.ReportLoader;
import org.briefing.plan.Planner;
import org.junit.jupiter.api.Test;

/**
 * A character the main font lacks comes from a fallback font; one no font has is drawn as a
 * box, and the render fails naming it unless the loss is accepted. The characters no font
 * has are Egyptian hieroglyphs (U+13000…), which no default style is meant to cover.
 */
class PdfFontFallbackTest {
    private static final String SIGN = "\ud80c\udc00";

    @Test
    void fallbackFontsCoverWhatTheMainFontLacksAndMissingCharactersAreNamedWithTheirPlaces() throws Exception {
        String report = """
                { "metadata": { "title": "Glyphs", "organization": "O", "date": "2023-01-12", "language": "en" },
                  "lead": "Lead.",
                  "sections": [ { "title": "Symbols", "blocks": [ "Arrows \\u21e8 and a snowman \\u2603 and %s here." ] } ] }
                """.formatted(SIGN);
        var plan = Planner.plan(ReportLoader.loadText("glyphs.json", report), Seed.style());
        PdfRenderer.Result result = PdfRenderer.render(plan);
        PdfReadBack pdf = PdfReadBack.read(result.bytes(), result.warnings());
        assertTrue(pdf.flatText().contains("Arrows \u21e8 and a snowman \u2603 and"), pdf.flatText());
        assertEquals(List.of(new MissingCharacter(0x13000, List.of("section 1 \"Symbols\""), 1)), result.missing());
        assertEquals(List.of(), result.warnings());
    }

    /**
     * A long title in a script no font of the style has (here 50,000 words of hieroglyphs):
     * fitting it on the cover, in the running header and in the summary must stay linear; the
     * render fails with one bounded line per distinct character, and accepted, it warns once.
     * The timeout guards against a hang; it is not a speed check.
     */
    @Test
    void aLongTitleOfCharactersNoFontHasFailsBrieflyAndWhenAcceptedWarnsOnce() throws Exception {
        String title = (SIGN + "\ud80c\udc01 ").repeat(50_000).strip();
        String report = """
                { "metadata": { "title": "%s", "organization": "O", "date": "2023-01-12", "language": "en" },
                  "lead": "Lead.",
                  "sections": [ { "title": "Symbols", "blocks": [ "Text." ] } ] }
                """.formatted(title);
        var loaded = ReportLoader.loadText("cjk-title.json", report);
        Briefing briefing = Briefing.withStyle(Seed.style());
        InvalidInputException failed = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThrows(
                InvalidInputException.class, () -> briefing.render(loaded, "cjk-title.json", EnumSet.allOf(Format.class), null)));
        List<String> lines = failed.problems().stream().map(Problem::format).toList();
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("cjk-title.json: error: character U+13000 '" + SIGN
                + "' is in none of the style's fonts; it occurs in the cover, "), lines.get(0));
        assertTrue(lines.get(1).startsWith("cjk-title.json: error: character U+13001 "), lines.get(1));
        for (String line : lines) {
            assertTrue(line.length() < 600 && !line.contains("\n"), line);
        }

        Rendered rendered = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> briefing.allowingMissingCharacters().render(loaded, EnumSet.allOf(Format.class)));
        assertEquals(List.of("2 characters are in none of the style's fonts and are drawn as boxes: U+13000 '" + SIGN
                + "', U+13001 '\ud80c\udc01'"), rendered.warnings().stream().filter(w -> w.contains("fonts")).toList());
        assertFalse(rendered.files().isEmpty());
    }
}
