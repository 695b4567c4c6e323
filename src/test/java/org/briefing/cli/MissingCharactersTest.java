package org.briefing.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A character in none of the style's fonts fails the report (exit 2, one line per character,
 * nothing written, the previous files kept) unless the loss is accepted on the command line or
 * in the style; then it renders and warns once. The characters are Egyptian hieroglyphs, which
 * no shipped style covers.
 */
class MissingCharactersTest {
    private static final String SIGN = "\ud80c\udc00";
    private static final String REPORT = """
            { "metadata": { "title": "Signs %1$s", "organization": "O", "date": "2023-01-12", "language": "en" },
              "lead": "Lead %1$s.",
              "sections": [ { "title": "Overview", "blocks": [ "The sign %1$s and the sign %2$s." ] },
                            { "title": "More %1$s", "blocks": [ "Again %1$s." ] } ] }
            """;

    @Test
    void aCharacterInNoFontFailsTheReportAndKeepsThePreviousFiles(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("signs.json");
        Path out = dir.resolve("out");
        Files.writeString(report, REPORT.formatted("A", "B"));
        Cli first = Cli.run("render", report.toString(), "--out", out.toString());
        assertEquals(0, first.exit(), first.err());
        Map<Path, byte[]> before = contents(out);
        assertEquals(3, before.size(), before.keySet().toString());

        Files.writeString(report, REPORT.formatted(SIGN, "\ud80c\udc01"));
        Cli failed = Cli.run("render", report.toString(), "--out", out.toString());
        assertEquals(ExitCode.INVALID_INPUT, failed.exit(), failed.err());
        String hint = "; add a font that has it to the style's \"fallback\" fonts, or accept the loss with "
                + "--allow-missing-characters (or \"missingCharacters\": \"box\" in the style's \"text\")";
        assertEquals(List.of(
                report + ": error: character U+13000 '" + SIGN + "' is in none of the style's fonts; it occurs in "
                        + "the cover, the contents, the running header (and 5 more places)" + hint,
                report + ": error: character U+13001 '\ud80c\udc01' is in none of the style's fonts; it occurs in "
                        + "section 1 \"Overview\"" + hint),
                failed.err().lines().toList());
        assertTrue(failed.out().startsWith("1 report, 0 files written, 1 failed"), failed.out());
        Map<Path, byte[]> after = contents(out);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((file, bytes) -> assertArrayEquals(bytes, after.get(file), file + " changed"));
    }

    @Test
    void theFlagAcceptsTheLossWithOneWarningAndTheFilesAreWritten(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("signs.json");
        Path out = dir.resolve("out");
        Files.writeString(report, REPORT.formatted(SIGN, "\ud80c\udc01"));
        Cli accepted = Cli.run("render", report.toString(), "--out", out.toString(), "--allow-missing-characters");
        assertEquals(0, accepted.exit(), accepted.err());
        assertEquals(List.of(report + ": warning: 2 characters are in none of the style's fonts and are drawn as boxes: "
                + "U+13000 '" + SIGN + "', U+13001 '\ud80c\udc01'"), accepted.err().lines().toList());
        assertReadablePdfs(out);
    }

    @Test
    void theStyleSettingAcceptsTheLossToo(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("signs.json");
        Path style = dir.resolve("boxes.json");
        Path out = dir.resolve("out");
        Files.writeString(report, REPORT.formatted(SIGN, "B"));
        Files.writeString(style, """
                { "extends": "briefing", "text": { "missingCharacters": "box" } }
                """);
        Cli accepted = Cli.run("render", report.toString(), "--out", out.toString(), "--style", style.toString());
        assertEquals(0, accepted.exit(), accepted.err());
        assertEquals(List.of(report + ": warning: 1 character is in none of the style's fonts and is drawn as a box: "
                + "U+13000 '" + SIGN + "'"), accepted.err().lines().toList());
        assertReadablePdfs(out);
    }

    @Test
    void aMisspeltSettingIsAStyleProblem(@TempDir Path dir) throws Exception {
        Path style = dir.resolve("boxes.json");
        Files.writeString(style, """
                { "extends": "briefing", "text": { "missingCharacters": "boxes" } }
                """);
        Cli refused = Cli.run("render", "source-json", "--out", dir.resolve("out").toString(), "--style", style.toString());
        assertEquals(ExitCode.INVALID_INPUT, refused.exit(), refused.err());
        assertTrue(refused.err().contains("\"boxes\" is not allowed here"), refused.err());
        assertTrue(refused.err().contains("did you mean \"box\"?"), refused.err());
    }

    private static void assertReadablePdfs(Path out) throws Exception {
        for (String name : List.of("signs.pdf", "signs-summary.pdf")) {
            try (PDDocument pdf = Loader.loadPDF(out.resolve(name).toFile())) {
                assertTrue(pdf.getNumberOfPages() >= 1, name);
            }
        }
        assertTrue(Files.size(out.resolve("signs.docx")) > 0);
    }

    private static Map<Path, byte[]> contents(Path folder) throws Exception {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        try (var list = Files.list(folder)) {
            for (Path file : list.sorted().toList()) {
                files.put(file.getFileName(), Files.readAllBytes(file));
            }
        }
        return files;
    }

}
