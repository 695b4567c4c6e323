package org.briefing.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.briefing.Seed;
import org.briefing.model.Report;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Mutated real reports that the loader accepts, rendered to every format in a shipped style and read back. */
class RenderFuzzTest {
    private static final JsonMutator MUTATOR = new JsonMutator(List.of(), 200_000);

    static Stream<Integer> cases() {
        return FuzzRun.cases(40);
    }

    @ParameterizedTest(name = "case {0}")
    @MethodSource("cases")
    void acceptedReportRendersAndReadsBack(int index) {
        check(FuzzRun.choices(index));
    }

    /** The long run: {@code mvn -Pfuzz verify}. */
    @FuzzTest
    void fuzzRender(FuzzedDataProvider data) {
        check(Choices.of(data));
    }

    private static void check(Choices choices) {
        byte[] input = MUTATOR.mutate(choices.pick(FuzzRun.REPORTS), choices);
        String style = choices.pick(FuzzRun.STYLE_NAMES);
        FuzzRun.keep("render-" + style, ".json", input, () -> {
            Optional<Report> report = LoaderProperty.report("fuzzed.json", input);
            report.ifPresent(r -> RenderProperty.holds(r, Seed.style(style), "a mutated report in " + style));
        });
    }
}
