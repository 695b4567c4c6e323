package org.briefing.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.briefing.Seed;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays every input the fuzzers broke Briefing with (src/test/resources/fixtures/fuzz/, each
 * named after what it triggers) through the same properties: a report through the loader and,
 * when accepted, every format in the default style; a {@code .style.json} through the style
 * loader and, when accepted, the minimal report in it.
 */
class FuzzFixturesTest {
    static final Path FOLDER = Path.of("src/test/resources/fixtures/fuzz");

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixtureHoldsTheFuzzProperties(String name) throws IOException {
        byte[] input = Files.readAllBytes(FOLDER.resolve(name));
        if (name.endsWith(".style.json")) {
            LoaderProperty.style(FOLDER.resolve(name)).ifPresent(style ->
                    RenderProperty.holds(StyleLoaderFuzzTest.minimalReport(), style, "the minimal report in " + name));
        } else {
            LoaderProperty.report(name, input).ifPresent(report ->
                    RenderProperty.holds(report, Seed.style("briefing"), name + " in briefing"));
        }
    }
}
