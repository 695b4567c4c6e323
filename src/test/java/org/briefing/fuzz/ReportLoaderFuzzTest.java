package org.briefing.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Mutated real reports through the report loader: a report or problems, one line each, nothing else. */
class ReportLoaderFuzzTest {
    private static final JsonMutator MUTATOR = new JsonMutator(List.of(), 4_000_000);

    static Stream<Integer> cases() {
        return FuzzRun.cases(300);
    }

    @ParameterizedTest(name = "case {0}")
    @MethodSource("cases")
    void mutatedReportLoadsOrIsProblems(int index) {
        check(FuzzRun.choices(index));
    }

    /** The long run: {@code mvn -Pfuzz verify}. */
    @FuzzTest
    void fuzzReportLoader(FuzzedDataProvider data) {
        check(Choices.of(data));
    }

    private static void check(Choices choices) {
        byte[] input = MUTATOR.mutate(choices.pick(FuzzRun.REPORTS), choices);
        FuzzRun.keep("report-loader", ".json", input, () -> LoaderProperty.report("fuzzed.json", input));
    }
}
