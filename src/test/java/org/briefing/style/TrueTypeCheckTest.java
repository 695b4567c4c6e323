package org.briefing.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.briefing.diag.InvalidInputException;
import org.briefing.diag.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A font that starts like TrueType but cannot be embedded is a problem at the style, found at load. */
class TrueTypeCheckTest {
    private static final String STYLE = """
            {
              "extends": "briefing",
              "fontFamilies": {
                "Noto Sans": { "regular": "damaged.ttf" }
              }
            }
            """;

    private static byte[] bundledNotoSans() throws Exception {
        try (InputStream in = TrueTypeCheckTest.class.getResourceAsStream("/fonts/NotoSans-Regular.ttf")) {
            return in.readAllBytes();
        }
    }

    /** The copy with its OS/2 fsType set to {@code fsType}; no checksum is recomputed. */
    private static byte[] withFsType(byte[] font, int fsType) {
        ByteBuffer buffer = ByteBuffer.wrap(font.clone());
        int tables = Short.toUnsignedInt(buffer.getShort(4));
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (new String(font, at, 4, StandardCharsets.ISO_8859_1).equals("OS/2")) {
                buffer.putShort(buffer.getInt(at + 8) + 8, (short) fsType);
                return buffer.array();
            }
        }
        throw new AssertionError("the bundled font has no OS/2 table");
    }

    private static Problem onlyProblemLoading(byte[] font, Path folder) throws Exception {
        Files.write(folder.resolve("damaged.ttf"), font);
        Path style = Files.writeString(folder.resolve("damaged-font.json"), STYLE);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> StyleLoader.load(style.toString(), folder));
        assertEquals(1, e.problems().size(), e.problems().toString());
        Problem problem = e.problems().getFirst();
        assertEquals(4, problem.location().line(), problem.format());
        assertEquals(31, problem.location().column(), problem.format());
        return problem;
    }

    @Test
    void aTruncatedCopyOfABundledFontIsNotAUsableTrueTypeFont(@TempDir Path folder) throws Exception {
        byte[] font = bundledNotoSans();
        Problem problem = onlyProblemLoading(Arrays.copyOf(font, font.length / 2), folder);
        assertTrue(problem.message().startsWith("font file \"damaged.ttf\" is not a usable TrueType font: it is cut short"),
                problem.format());
    }

    @Test
    void aFontCutInsideItsTableDirectoryIsNotAUsableTrueTypeFont(@TempDir Path folder) throws Exception {
        Problem problem = onlyProblemLoading(Arrays.copyOf(bundledNotoSans(), 40), folder);
        assertEquals("font file \"damaged.ttf\" is not a usable TrueType font: it is cut short "
                + "(its table directory runs past the end of the file)", problem.message());
    }

    @Test
    void aFontWhoseFsTypeIsRestrictedLicenceDoesNotAllowEmbedding(@TempDir Path folder) throws Exception {
        Problem problem = onlyProblemLoading(withFsType(bundledNotoSans(), 0x0002), folder);
        assertEquals("font file \"damaged.ttf\" does not allow embedding (OS/2 fsType 0x0002, \"restricted licence\")",
                problem.message());
    }

    /** OpenPDF refuses only fsType 2; the other values embed, and the stale checksums bother neither reader. */
    @ParameterizedTest(name = "fsType {0}")
    @ValueSource(ints = {0x0000, 0x0004, 0x0008, 0x0102})
    void otherFsTypesLoad(int fsType, @TempDir Path folder) throws Exception {
        Files.write(folder.resolve("patched.ttf"), withFsType(bundledNotoSans(), fsType));
        Path style = Files.writeString(folder.resolve("patched.json"), STYLE.replace("damaged.ttf", "patched.ttf"));
        Style loaded = StyleLoader.load(style.toString(), folder);
        assertEquals(Optional.of(folder.resolve("patched.ttf").toRealPath()), loaded.fonts().body().regular().file());
    }

    @Test
    void everyBundledFontPassesTheFullCheckWithJavasFontReader() throws Exception {
        List<Path> fonts;
        try (var files = Files.list(Path.of("src/main/resources/fonts"))) {
            fonts = files.filter(f -> f.toString().endsWith(".ttf")).sorted().toList();
        }
        assertTrue(fonts.size() >= 4, fonts.toString());
        for (Path font : fonts) {
            assertEquals(Optional.empty(), TrueTypeCheck.problem(Files.readAllBytes(font), true), font.toString());
        }
    }
}
