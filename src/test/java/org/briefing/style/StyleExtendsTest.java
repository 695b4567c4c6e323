package org.briefing.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefing.diag.InvalidInputException;
import org.briefing.diag.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An {@code extends} chain ends: a loop is found by the file it reaches, however named, and a chain has a length limit. */
class StyleExtendsTest {

    /** Writes {@code count} styles, style-1 extending style-2 … the last extending the bundled "briefing". */
    private static Path chainOf(int count, Path folder) throws Exception {
        for (int i = 1; i <= count; i++) {
            String parent = i == count ? "briefing" : "./style-" + (i + 1) + ".json";
            Files.writeString(folder.resolve("style-" + i + ".json"),
                    "{ \"extends\": \"" + parent + "\", \"words\": { \"contents\": \"Contents " + i + "\" } }\n");
        }
        return folder.resolve("style-1.json");
    }

    @Test
    void aChainOfTenStylesCountingTheBundledOneLoads(@TempDir Path folder) throws Exception {
        Style style = StyleLoader.load(chainOf(StyleLoader.MAX_CHAIN - 1, folder).toString(), folder);
        assertEquals(java.util.Optional.of("Contents 1"), style.words().orElseThrow().contents());
    }

    @Test
    void aChainOfElevenStylesIsRefusedAtTheTenthStylesExtends(@TempDir Path folder) throws Exception {
        Path first = chainOf(StyleLoader.MAX_CHAIN, folder);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> StyleLoader.load(first.toString(), folder));
        List<Problem> problems = e.problems();
        assertEquals(1, problems.size(), problems.toString());
        Problem problem = problems.getFirst();
        assertTrue(problem.location().file().endsWith("style-10.json"), problem.format());
        assertTrue(problem.message().contains("more than 10 deep"), problem.format());
    }

    @Test
    void aStyleThatExtendsALinkToItselfIsALoop(@TempDir Path folder) throws Exception {
        Path self = folder.resolve("self.json");
        Files.writeString(self, "{ \"extends\": \"other-name.json\" }\n");
        Files.createSymbolicLink(folder.resolve("other-name.json"), self);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> StyleLoader.load(self.toString(), folder));
        assertEquals(1, e.problems().size(), e.problems().toString());
        assertEquals("styles extend each other in a loop: \"self\" → \"other-name\"", e.problems().getFirst().message());
    }
}
