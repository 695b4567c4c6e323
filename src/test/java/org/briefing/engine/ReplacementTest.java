package org.briefing.engine;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report's files are replaced together, or all stay as they were; nothing of the attempt is left behind. */
class ReplacementTest {
    private static final List<String> NAMES = List.of("r.pdf", "r.docx", "r-summary.pdf");

    private static Map<String, byte[]> files(String content) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        NAMES.forEach(name -> files.put(name, (content + " " + name).getBytes(UTF_8)));
        return files;
    }

    private static void writeOld(Path folder) throws IOException {
        for (String name : NAMES) {
            Files.writeString(folder.resolve(name), "old " + name);
        }
    }

    /** Every name in the folder, so a test sees any temporary or staging file left over. */
    static List<String> listing(Path folder) throws IOException {
        try (var entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Whether a move is putting a previous version back rather than renaming a new file into place. */
    static boolean puttingBack(Path from) {
        return from.getFileName().toString().endsWith(StaleStaging.PREVIOUS);
    }

    /** Renames as the system does, except a new file over the target named {@code failing}. */
    private static Replacement.Mover failingOn(String failing) {
        return (from, to) -> {
            if (to.getFileName().toString().equals(failing) && !puttingBack(from)) {
                throw new java.nio.file.FileSystemException(from.toString(), null, "Input/output error");
            }
            Replacement.RENAME.move(from, to);
        };
    }

    @Test
    void allFilesAreReplacedAndReadableByAll(@TempDir Path folder) throws Exception {
        writeOld(folder);
        List<Path> written = new Replacement(folder, "r", files("new"), Replacement.RENAME).apply();
        assertEquals(NAMES.stream().map(folder::resolve).toList(), written);
        for (String name : NAMES) {
            assertEquals("new " + name, Files.readString(folder.resolve(name)));
            assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve(name))));
        }
        assertEquals(NAMES.stream().sorted().toList(), listing(folder));
    }

    @Test
    void whenTheThirdRenameFailsTheFirstTwoArePutBack(@TempDir Path folder) throws Exception {
        writeOld(folder);
        OutputFailure failure = assertThrows(OutputFailure.class,
                () -> new Replacement(folder, "r", files("new"), failingOn("r-summary.pdf")).apply());
        for (String name : NAMES) {
            assertEquals("old " + name, Files.readString(folder.resolve(name)), name);
        }
        assertEquals(List.of(), failure.replaced());
        assertEquals("cannot replace " + folder.resolve("r-summary.pdf") + ": input/output error", failure.getMessage());
        assertEquals(NAMES.stream().sorted().toList(), listing(folder));
    }

    @Test
    void aRuntimeFailureOfTheThirdRenameAlsoPutsTheFirstTwoBack(@TempDir Path folder) throws Exception {
        writeOld(folder);
        Replacement.Mover throwing = (from, to) -> {
            if (to.getFileName().toString().equals("r-summary.pdf") && !puttingBack(from)) {
                throw new IllegalStateException("a provider's bug");
            }
            Replacement.RENAME.move(from, to);
        };
        OutputFailure failure = assertThrows(OutputFailure.class,
                () -> new Replacement(folder, "r", files("new"), throwing).apply());
        for (String name : NAMES) {
            assertEquals("old " + name, Files.readString(folder.resolve(name)), name);
        }
        assertEquals("cannot replace " + folder.resolve("r-summary.pdf") + ": the rename failed unexpectedly",
                failure.getMessage());
        assertEquals(NAMES.stream().sorted().toList(), listing(folder));
    }

    @Test
    void aFileThatWasNewIsRemovedAgainWhenALaterRenameFails(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("r-summary.pdf"), "old summary");
        assertThrows(OutputFailure.class, () -> new Replacement(folder, "r", files("new"), failingOn("r-summary.pdf")).apply());
        assertEquals(List.of("r-summary.pdf"), listing(folder));
        assertEquals("old summary", Files.readString(folder.resolve("r-summary.pdf")));
    }

    @Test
    void whatCannotBePutBackIsNamedAndCounted(@TempDir Path folder) throws Exception {
        writeOld(folder);
        // The DOCX's rename fails, and so does putting the PDF's previous version back.
        Replacement.Mover mover = (from, to) -> {
            String name = to.getFileName().toString();
            if (name.equals("r.docx") && !puttingBack(from) || name.equals("r.pdf") && puttingBack(from)) {
                throw new java.nio.file.FileSystemException(from.toString(), null, "Read-only file system");
            }
            Replacement.RENAME.move(from, to);
        };
        OutputFailure failure = assertThrows(OutputFailure.class, () -> new Replacement(folder, "r", files("new"), mover).apply());
        assertEquals(List.of(folder.resolve("r.pdf")), failure.replaced());
        assertEquals("cannot replace " + folder.resolve("r.docx") + ": read-only file system; replaced, and the old "
                + "version lost: " + folder.resolve("r.pdf"), failure.getMessage());
        assertEquals("new r.pdf", Files.readString(folder.resolve("r.pdf")));
        assertEquals("old r.docx", Files.readString(folder.resolve("r.docx")));
        assertEquals("old r-summary.pdf", Files.readString(folder.resolve("r-summary.pdf")));
        assertEquals(NAMES.stream().sorted().toList(), listing(folder));
    }

    @Test
    void aTargetThatIsAFolderFailsBeforeAnythingChanges(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("r.pdf"), "old r.pdf");
        Files.writeString(folder.resolve("r.docx"), "old r.docx");
        Files.createDirectory(folder.resolve("r-summary.pdf"));
        OutputFailure failure = assertThrows(OutputFailure.class,
                () -> new Replacement(folder, "r", files("new"), Replacement.RENAME).apply());
        assertEquals("cannot replace " + folder.resolve("r-summary.pdf") + ": it is a folder", failure.getMessage());
        assertEquals("old r.pdf", Files.readString(folder.resolve("r.pdf")));
        assertEquals("old r.docx", Files.readString(folder.resolve("r.docx")));
        assertTrue(Files.isDirectory(folder.resolve("r-summary.pdf")));
        assertEquals(NAMES.stream().sorted().toList(), listing(folder));
    }

    @Test
    void aSymbolicLinkIsReplacedNotWrittenThrough(@TempDir Path folder) throws Exception {
        Path elsewhere = Files.createDirectory(folder.resolve("elsewhere"));
        Path out = Files.createDirectory(folder.resolve("out"));
        Path victim = Files.writeString(elsewhere.resolve("victim.pdf"), "not Briefing's");
        Files.createSymbolicLink(out.resolve("r.pdf"), victim);
        new Replacement(out, "r", files("new"), Replacement.RENAME).apply();
        assertEquals("not Briefing's", Files.readString(victim));
        assertFalse(Files.isSymbolicLink(out.resolve("r.pdf")));
        assertEquals("new r.pdf", Files.readString(out.resolve("r.pdf")));
    }

    @Test
    void aSymbolicLinkIsPutBackAsALinkWhenALaterRenameFails(@TempDir Path folder) throws Exception {
        Path victim = Files.writeString(folder.resolve("victim.pdf"), "not Briefing's");
        Path out = Files.createDirectory(folder.resolve("out"));
        Files.createSymbolicLink(out.resolve("r.pdf"), victim);
        assertThrows(OutputFailure.class, () -> new Replacement(out, "r", files("new"), failingOn("r.docx")).apply());
        assertTrue(Files.isSymbolicLink(out.resolve("r.pdf")));
        assertEquals(victim, Files.readSymbolicLink(out.resolve("r.pdf")));
        assertEquals("not Briefing's", Files.readString(victim));
        assertEquals(List.of("r.pdf"), listing(out));
    }

    @Test
    void stagingFoldersOfOneReportAreUnique(@TempDir Path folder) throws Exception {
        Path a = StagingName.create(folder, "r");
        Path b = StagingName.create(folder, "r");
        assertFalse(a.equals(b));
        assertTrue(a.getFileName().toString().matches("\\.r\\.[0-9a-f]{16}\\.briefing-part"), a.toString());
        assertEquals("r", StagingName.base(a.getFileName().toString()).orElseThrow());
    }

    @Test
    void aFileAnotherProcessReplacedMeanwhileIsNotPutBack(@TempDir Path folder) throws Exception {
        writeOld(folder);
        // This run renames its PDF; another run then replaces all three; this run's DOCX rename fails.
        Replacement.Mover interleaved = (from, to) -> {
            if (to.getFileName().toString().equals("r.docx") && !puttingBack(from)) {
                new Replacement(folder, "r", files("other"), Replacement.RENAME).apply();
                throw new java.nio.file.FileSystemException(from.toString(), null, "Input/output error");
            }
            Replacement.RENAME.move(from, to);
        };
        OutputFailure failure = assertThrows(OutputFailure.class, () -> new Replacement(folder, "r", files("new"), interleaved).apply());
        for (String name : NAMES) {
            assertEquals("other " + name, Files.readString(folder.resolve(name)), "the other run's newer " + name + " stays");
        }
        assertEquals(List.of(), failure.replaced(), "no file of this run is left in place");
        assertEquals("cannot replace " + folder.resolve("r.docx") + ": input/output error; not put back, since another "
                + "process has written it meanwhile: " + folder.resolve("r.pdf"), failure.getMessage());
        assertEquals(NAMES.stream().sorted().toList(), listing(folder));
    }

    @Test
    void aNewFileAnotherProcessReplacedMeanwhileIsNotRemoved(@TempDir Path folder) throws Exception {
        Replacement.Mover interleaved = (from, to) -> {
            if (to.getFileName().toString().equals("r-summary.pdf") && !puttingBack(from)) {
                new Replacement(folder, "r", files("other"), Replacement.RENAME).apply();
                throw new java.nio.file.FileSystemException(from.toString(), null, "Input/output error");
            }
            Replacement.RENAME.move(from, to);
        };
        OutputFailure failure = assertThrows(OutputFailure.class, () -> new Replacement(folder, "r", files("new"), interleaved).apply());
        for (String name : NAMES) {
            assertEquals("other " + name, Files.readString(folder.resolve(name)), name);
        }
        assertTrue(failure.getMessage().endsWith(": " + folder.resolve("r.pdf") + ", " + folder.resolve("r.docx")),
                failure.getMessage());
    }

    @Test
    void aNameNearTheFileSystemsLimitIsStillPutBack(@TempDir Path folder) throws Exception {
        // 245 characters: "NAME.docx" is 250 bytes, within the 255-byte limit; "NAME.docx.previous" would not be.
        String base = "r".repeat(245);
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : List.of(base + ".pdf", base + ".docx")) {
            Files.writeString(folder.resolve(name), "old");
            files.put(name, "new".getBytes(UTF_8));
        }
        OutputFailure failure = assertThrows(OutputFailure.class,
                () -> new Replacement(folder, base, files, failingOn(base + ".docx")).apply());
        assertEquals(List.of(), failure.replaced());
        assertEquals("old", Files.readString(folder.resolve(base + ".pdf")), "the PDF is put back");
        assertEquals("old", Files.readString(folder.resolve(base + ".docx")));
        assertEquals(List.of(base + ".docx", base + ".pdf"), listing(folder));
        new Replacement(folder, base, files, Replacement.RENAME).apply();
        assertEquals("new", Files.readString(folder.resolve(base + ".pdf")));
        assertEquals(List.of(base + ".docx", base + ".pdf"), listing(folder));
    }

    @Test
    void stagedFilesAreNamedByPlaceAndTheCleanUpKnowsOnlyThose() {
        assertEquals(List.of("0", "1", "2", "0.previous", "2.previous"), List.of(Replacement.stagedName(0),
                Replacement.stagedName(1), Replacement.stagedName(2), Replacement.previousName(0), Replacement.previousName(2)));
        for (String own : List.of("0", "1", "2", "0.previous", "1.previous", "2.previous")) {
            assertTrue(StaleStaging.isOwnEntry(own), own);
        }
        for (String other : List.of("3", "r.pdf", "0.txt", "previous", ".previous", "00", "0.previous.previous")) {
            assertFalse(StaleStaging.isOwnEntry(other), other);
        }
    }
}
