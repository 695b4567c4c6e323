package org.briefing.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.briefing.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Styles are typed once at load, and a style that extends another changes only what it says. */
class StyleLoaderTest {

    @Test
    void theDefaultStyleIsTyped() {
        Style style = Seed.style();
        assertEquals("briefing", style.name());
        assertEquals(PageSetup.PageSize.A4, style.page().size());
        assertEquals(22 * 72 / 25.4, style.page().margins().inside().points(), 1e-9);
        assertEquals(new Colour(0x1f, 0x4e, 0x79), style.colours().accent());
        assertEquals("Noto Sans", style.fonts().body().name());
        assertEquals("NotoSans-Bold.ttf", style.fonts().body().face(true, false).name());
        // The shipped style leaves the footer and the words to the report's language.
        assertEquals(java.util.Optional.empty(), style.footer());
        assertEquals(java.util.Optional.empty(), style.words());
    }

    /** A whole style written before "missingCharacters" existed still loads, and fails on lost text. */
    @Test
    void aStyleWithoutMissingCharactersDefaultsToError(@TempDir Path folder) throws Exception {
        String briefing = Files.readString(Seed.STYLES.resolve("briefing.json"));
        String older = briefing.replace(",\n    \"missingCharacters\": \"error\"", "");
        assertTrue(!older.contains("missingCharacters"), "the test removed the setting");
        Path file = folder.resolve("older.json");
        Files.writeString(file, older);
        Style style = StyleLoader.load(file.toString(), folder);
        assertEquals(java.util.Optional.empty(), style.text().missingCharacters());
        var report = org.briefing.load.ReportLoader.loadText("r.json", """
                { "metadata": { "title": "\uD80C\uDC00", "organization": "O", "date": "2023-01-12", "language": "en" },
                  "lead": "Lead.", "sections": [ { "title": "S", "blocks": [ "Text." ] } ] }
                """);
        org.junit.jupiter.api.Assertions.assertThrows(org.briefing.diag.InvalidInputException.class,
                () -> org.briefing.engine.Briefing.withStyle(style).render(report,
                        java.util.EnumSet.of(org.briefing.engine.Format.PDF)));
    }

    @Test
    void aStyleThatExtendsAnotherOverridesOnlyWhatItNames(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("mine.json"), """
                { "extends": "briefing",
                  "page": { "size": "Letter" },
                  "colours": { "accent": "#333333" },
                  "words": { "contents": "Sommaire" } }
                """);
        Style style = StyleLoader.load(folder.resolve("mine.json").toString(), folder);
        Style base = Seed.style();
        assertEquals("mine", style.name());
        assertEquals(PageSetup.PageSize.LETTER, style.page().size());
        assertEquals(base.page().margins(), style.page().margins(), "margins come from the base");
        assertEquals(new Colour(0x33, 0x33, 0x33), style.colours().accent());
        assertEquals(base.colours().link(), style.colours().link());
        assertEquals(java.util.Optional.of("Sommaire"), style.words().orElseThrow().contents());
        assertEquals(java.util.Optional.empty(), style.words().orElseThrow().appendix(), "the language gives the rest");
    }

    @Test
    void lengthsAcceptTheUsualUnits() {
        assertEquals(10, Length.parse("10pt").orElseThrow().points(), 1e-9);
        assertEquals(72, Length.parse("1in").orElseThrow().points(), 1e-9);
        assertEquals(72, Length.parse("2.54cm").orElseThrow().points(), 1e-9);
        assertTrue(Length.parse("12 px").isEmpty());
    }
}
