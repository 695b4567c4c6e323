package org.briefing.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.briefing.diag.Problems;
import org.briefing.json.SourceNode;
import org.briefing.json.SourceParser;
import org.briefing.style.WordOverrides;

/**
 * The built-in word sets, one file per language in {@code /words/LANG.json}, each read once per
 * JVM; a report's language picks its set by primary language ("en-GB" → en, "zh-Hans" → zh),
 * and a language without a set falls back to English.
 */
public final class WordSets {
    /** The languages with a built-in set; the first is the fallback. */
    public static final List<String> LANGUAGES = List.of("en", "fr", "es", "ar", "zh", "ja", "ko", "ru");
    /** Every word a set must have, in the order of {@link Words}. */
    public static final List<String> KEYS = Arrays.stream(Words.class.getRecordComponents())
            .map(RecordComponent::getName).toList();
    private static final Map<String, Map<String, String>> SETS = new java.util.concurrent.ConcurrentHashMap<>();

    private WordSets() {}

    /** The words for {@code languageTag}, with the style's {@code overrides} laid over them word by word. */
    public static Words resolve(String languageTag, Optional<WordOverrides> overrides) {
        Map<String, String> words = new HashMap<>(set(LANGUAGES.contains(primary(languageTag))
                ? primary(languageTag) : LANGUAGES.getFirst()));
        overrides.ifPresent(o -> {
            for (RecordComponent component : WordOverrides.class.getRecordComponents()) {
                ((Optional<?>) invoke(component, o)).ifPresent(word -> words.put(component.getName(), (String) word));
            }
        });
        Object[] values = KEYS.stream().map(words::get).toArray();
        try {
            return (Words) Words.class.getDeclaredConstructors()[0].newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build the words", e);
        }
    }

    /** The primary language subtag, lower case: "zh" for "zh-Hans-CN". */
    static String primary(String languageTag) {
        return Locale.forLanguageTag(languageTag).getLanguage();
    }

    /** One built-in set as written in its file, word name to word. */
    public static Map<String, String> set(String language) {
        return SETS.computeIfAbsent(language, WordSets::read);
    }

    private static Map<String, String> read(String language) {
        String file = "/words/" + language + ".json";
        try (InputStream in = WordSets.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("no word set " + file + " in the jar");
            }
            Problems problems = new Problems();
            SourceNode node = SourceParser.parse(file, new String(in.readAllBytes(), StandardCharsets.UTF_8), problems)
                    .orElseThrow(() -> new IllegalStateException("word set " + file + ": " + problems.list()));
            Map<String, String> words = new HashMap<>();
            for (SourceNode.Field field : ((SourceNode.SourceObject) node).fields()) {
                words.put(field.name(), ((SourceNode.SourceString) field.value()).value());
            }
            return Map.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object invoke(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
