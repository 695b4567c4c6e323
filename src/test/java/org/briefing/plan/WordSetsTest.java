package org.briefing.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.briefing.model.Qualifier;
import org.briefing.style.StyleLoader;
import org.briefing.style.WordOverrides;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in word sets are complete, picked by the report's language, and a style's words win. */
class WordSetsTest {

    @Test
    void everyLanguageFileHasEveryWordAndNoOther() {
        for (String language : WordSets.LANGUAGES) {
            assertEquals(new TreeSet<>(WordSets.KEYS), new TreeSet<>(WordSets.set(language).keySet()), language);
            WordSets.set(language).forEach((key, word) -> assertTrue(!word.isBlank(), language + " " + key));
        }
    }

    @Test
    void everyShippedLanguageFileIsListed() throws Exception {
        try (var files = Files.list(Path.of("src/main/resources/words"))) {
            Set<String> shipped = files.map(f -> f.getFileName().toString().replace(".json", ""))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(new TreeSet<>(WordSets.LANGUAGES), shipped);
        }
    }

    @Test
    void templatesHoldTheirPlaceholdersOnce() {
        for (String language : WordSets.LANGUAGES) {
            Words words = WordSets.resolve(language, Optional.empty());
            for (Qualifier q : Qualifier.values()) {
                assertEquals(1, occurrences(words.qualifier(q), "{value}"), language + " " + q);
            }
            assertEquals(1, occurrences(words.page(), "{page}"), language);
            assertEquals(1, occurrences(words.page(), "{pages}"), language);
            assertEquals(1, occurrences(words.labelled(), "{label}"), language);
            assertEquals(1, occurrences(words.labelled(), "{text}"), language);
        }
    }

    @Test
    void theOverridesNameExactlyTheWords() {
        assertEquals(WordSets.KEYS, Arrays.stream(WordOverrides.class.getRecordComponents())
                .map(RecordComponent::getName).toList());
    }

    @Test
    void aRegionOrScriptFallsBackToItsLanguageAndAnUnknownLanguageToEnglish() {
        assertEquals("Contents", WordSets.resolve("en-GB", Optional.empty()).contents());
        assertEquals("目录", WordSets.resolve("zh-Hans", Optional.empty()).contents());
        assertEquals("Sommaire", WordSets.resolve("fr-CA", Optional.empty()).contents());
        assertEquals("Contents", WordSets.resolve("sw", Optional.empty()).contents());
    }

    @Test
    void aStylesWordBeatsTheLanguagesAndLeavesTheOthers(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("mine.json"), """
                { "extends": "briefing", "words": { "keyFigures": "En chiffres", "over": "au-delà de {value}" } }
                """);
        Words words = WordSets.resolve("fr", StyleLoader.load(folder.resolve("mine.json").toString(), folder).words());
        assertEquals("En chiffres", words.keyFigures());
        assertEquals("au-delà de {value}", words.qualifier(Qualifier.OVER));
        assertEquals("Points essentiels", words.keyPoints());
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
