package org.briefing.style;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.briefing.load.InvalidReportTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every style in {@code src/test/resources/invalid/styles/} makes {@code briefing summary --style FILE}
 * fail with exit code 2 and exactly the problem lines in {@code invalid/expected/NAME.txt}.
 *
 * <p>The style path is given relative to the project root, as a user would type it; the report is the
 * shipped, valid one, so every problem printed is the style's. Styles that {@code "extends": "briefing"}
 * get the bundled default and its bundled fonts.
 */
class InvalidStyleTest {
    private static final Path STYLES = Path.of("src/test/resources/invalid/styles");
    private static final String REPORT = "source-json/north-korea-2023.json";

    /** Links made for the run (git keeps no symlinks to files outside the project), removed after it. */
    private static final Map<Path, Path> LINKS = Map.of(
            STYLES.resolve("fonts/link-out.ttf"), Path.of("src/main/resources/fonts/NotoSans-Regular.ttf").toAbsolutePath(),
            STYLES.resolve("fonts/link-to-dev-zero.ttf"), Path.of("/dev/zero"));

    @BeforeAll
    static void makeLinks() throws IOException {
        removeLinks();
        for (Map.Entry<Path, Path> link : LINKS.entrySet()) {
            Files.createSymbolicLink(link.getKey(), link.getValue());
        }
    }

    @AfterAll
    static void removeLinks() throws IOException {
        for (Path link : LINKS.keySet()) {
            Files.deleteIfExists(link);
        }
    }

    static Stream<String> styleFixtures() throws IOException {
        return InvalidReportTest.fixtureNames(STYLES).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("styleFixtures")
    void summaryRejectsTheStyleWithTheExpectedLines(String name) throws IOException {
        String path = STYLES.resolve(name + ".json").toString();
        InvalidReportTest.assertRejected(
                new String[] {"summary", "--style", path, REPORT}, name);
    }
}
