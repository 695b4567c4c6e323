package org.briefing.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
}
