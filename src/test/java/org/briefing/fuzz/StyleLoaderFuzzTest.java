package org.briefing.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.briefing.model.Report;
import org.briefing.style.Style;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mutated shipped styles (sizes, margins, lengths, font names and paths, extends) through the
 * style loader; a style it accepts must render a small real report in every format.
 */
class StyleLoaderFuzzTest {
    private static final JsonMutator MUTATOR = new JsonMutator(styleValues(), 400_000);

    static Stream<Integer> cases() {
        return FuzzRun.cases(60);
    }

    @ParameterizedTest(name = "case {0}")
    @MethodSource("cases")
    void mutatedStyleLoadsAndRendersOrIsProblems(int index) {
        check(FuzzRun.choices(index));
    }

    /** The long run: {@code mvn -Pfuzz verify}. */
    @FuzzTest
    void fuzzStyleLoader(FuzzedDataProvider data) {
        check(Choices.of(data));
    }

    private static void check(Choices choices) {
        byte[] input = MUTATOR.mutate(choices.pick(FuzzRun.STYLES), choices);
        FuzzRun.keep("style", ".style.json", input, () -> {
            Optional<Style> style = LoaderProperty.style("fuzzed.style.json", input);
            style.ifPresent(s -> RenderProperty.holds(minimalReport(), s, "the minimal report in a mutated style"));
        });
    }

    static Report minimalReport() {
        return LoaderProperty.report("minimal-report.json",
                FuzzRun.REPORTS.get(0).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .orElseThrow(() -> new AssertionError("the minimal report must load"));
    }

    /** Lengths, font files and style names, as JSON literals, besides the odd values every file gets. */
    private static List<String> styleValues() {
        List<String> values = new ArrayList<>();
        OddValues.LENGTHS.forEach(length -> values.add(OddValues.quote(length)));
        for (String name : List.of("briefing", "print", "handout", "fuzzed.style.json", "./fuzzed.style.json",
                "missing", "../styles/briefing.json", "/etc/passwd", "Noto Sans", "Noto Serif", "DejaVu Sans",
                "Comic Sans", "NotoSans-Bold.ttf", "../../src/main/resources/fonts/NotoSans-Regular.ttf",
                "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "../../../../etc/passwd", "/proc/self/environ")) {
            values.add(OddValues.quote(name));
        }
        values.addAll(List.of("0", "-1", "0.0001", "1e9", "1e-999999999", "2147483648", "1000", "0.5", "2"));
        return values;
    }
}
