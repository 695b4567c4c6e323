package org.briefing.render.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A readable expected-output file under {@code src/test/resources/expected/}. After a change
 * to the summary's layout, regenerate the files with
 * {@code mvn -B test -Dtest='Text*,Markdown*' -Dbriefing.regenerate=true}, read the diff by eye
 * and keep it only if it is what a reader should see.
 */
final class GoldenFile {
    static final Path FOLDER = Path.of("src/test/resources/expected");

    private GoldenFile() {}

    static void assertMatches(String name, String actual) throws IOException {
        Path file = FOLDER.resolve(name);
        if (Boolean.getBoolean("briefing.regenerate")) {
            Files.createDirectories(FOLDER);
            Files.writeString(file, actual);
            return;
        }
        String expected = Files.isRegularFile(file) ? Files.readString(file) : "";
        assertEquals(expected, actual, file + " differs; if the change is intended, regenerate it with "
                + "-Dbriefing.regenerate=true and check the diff by eye");
    }
}
