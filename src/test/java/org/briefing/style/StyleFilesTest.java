package org.briefing.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.briefing.diag.InvalidInputException;
import org.briefing.diag.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the style loader reads from disk: fonts inside the style's folder (subfolders and links
 * within it allowed), regular files only — a pipe is refused without being opened, which would
 * block — and no file beyond its size cap. The time limits guard against a hang only.
 */
class StyleFilesTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    @Test
    void aTrueTypeFileInASubfolderOrLinkedWithinTheFolderIsUsed(@TempDir Path folder) throws Exception {
        Files.createDirectories(folder.resolve("fonts"));
        try (InputStream in = StyleFilesTest.class.getResourceAsStream("/fonts/NotoSerif-Regular.ttf")) {
            Files.copy(in, folder.resolve("fonts/Mine.ttf"));
        }
        Files.createSymbolicLink(folder.resolve("Linked.ttf"), folder.resolve("fonts/Mine.ttf"));
        Style style = load(folder, """
                { "extends": "briefing",
                  "fontFamilies": { "Mine": { "regular": "fonts/Mine.ttf", "bold": "Linked.ttf" } },
                  "fonts": { "body": "Mine" } }
                """);
        Path real = folder.resolve("fonts/Mine.ttf").toRealPath();
        assertEquals(real, style.fonts().body().regular().file().orElseThrow());
        assertEquals(real, style.fonts().body().face(true, false).file().orElseThrow(), "the link's target is read");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aPipeNamedAsAFontOrAStyleIsRefusedWithoutBlocking(@TempDir Path folder) throws Exception {
        mkfifo(folder.resolve("pipe.ttf"));
        mkfifo(folder.resolve("pipe.json"));
        List<Problem> font = problems(folder, """
                { "extends": "briefing", "fontFamilies": { "Noto Sans": { "regular": "pipe.ttf" } } }
                """);
        assertSays(font, "font file \"pipe.ttf\" is not a regular file");
        List<Problem> style = problems(folder, "{ \"extends\": \"pipe.json\" }");
        assertSays(style, "style file \"pipe.json\" is not a regular file");
    }

    @Test
    void aFontFileOverTheCapIsRefusedUnread(@TempDir Path folder) throws Exception {
        try (RandomAccessFile sparse = new RandomAccessFile(folder.resolve("Huge.ttf").toFile(), "rw")) {
            sparse.setLength(FontFiles.MAX_BYTES + 1);
        }
        assertSays(problems(folder, """
                { "extends": "briefing", "fontFamilies": { "Noto Sans": { "regular": "Huge.ttf" } } }
                """), "font file \"Huge.ttf\" is larger than 50 MB");
    }

    @Test
    void aStyleFileOverTheCapOrNotInUtf8IsRefused(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("huge.json"), "{ \"description\": \"" + "x".repeat(StyleSource.MAX_BYTES) + "\" }");
        assertSays(problems(folder, "{ \"extends\": \"huge.json\" }"), "style file \"huge.json\" is larger than 1 MB");
        Files.write(folder.resolve("latin1.json"), "{ \"description\": \"caf\u00e9\" }".getBytes("ISO-8859-1"));
        assertSays(problems(folder, "{ \"extends\": \"latin1.json\" }"), "style file \"latin1.json\" is not UTF-8 text");
    }

    private static Style load(Path folder, String text) throws Exception {
        Path file = folder.resolve("mine.json");
        Files.writeString(file, text);
        return assertTimeoutPreemptively(HANG_GUARD, () -> StyleLoader.load(file.toString(), folder));
    }

    private static List<Problem> problems(Path folder, String text) throws IOException {
        Path file = folder.resolve("mine.json");
        Files.writeString(file, text);
        return assertTimeoutPreemptively(HANG_GUARD, () -> assertThrows(InvalidInputException.class,
                () -> StyleLoader.load(file.toString(), folder)).problems());
    }

    private static void assertSays(List<Problem> problems, String message) {
        assertTrue(problems.stream().anyMatch(p -> p.message().startsWith(message)),
                "expected \"" + message + "\" among " + problems.stream().map(Problem::format).toList());
    }

    private static void mkfifo(Path path) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertEquals(0, process.waitFor(), "mkfifo " + path);
    }
}
