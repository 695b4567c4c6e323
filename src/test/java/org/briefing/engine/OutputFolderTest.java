package org.briefing.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.briefing.Tmpfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's output folder: made, checked, and cleared of what killed runs left — and of nothing else. */
class OutputFolderTest {
    private static final Instant NOW = Instant.now();
    private static final FileTime YESTERDAY = FileTime.from(NOW.minus(Duration.ofDays(1)));

    /** A staging folder as a killed run leaves it: a new file and the previous version's link, dated {@code time}. */
    static Path staging(Path out, String name, FileTime time, String... inside) throws Exception {
        Path folder = Files.createDirectory(out.resolve(name));
        for (String file : inside) {
            Files.writeString(folder.resolve(file), "half a document");
            Files.setLastModifiedTime(folder.resolve(file), time);
        }
        Files.setLastModifiedTime(folder, time);
        return folder;
    }

    private static Path file(Path out, String name, FileTime time) throws Exception {
        Path file = Files.writeString(out.resolve(name), "someone's file");
        Files.setLastModifiedTime(file, time);
        return file;
    }

    @Test
    void removesStaleStagingFoldersAndLegacyTempsOnly(@TempDir Path out) throws Exception {
        Path stale = staging(out, ".r.0123456789abcdef.briefing-part", YESTERDAY, "0", "1.previous");
        Path legacy = file(out, ".r.pdf4811264478960537117.part", YESTERDAY);
        // Look-alikes, all old: a wrong suffix, upper-case or too few digits, no leading dot, a file not a folder.
        List<Path> kept = List.of(
                staging(out, ".r.0123456789abcdef.part", YESTERDAY, "r.pdf"),
                staging(out, ".r.0123456789ABCDEF.briefing-part", YESTERDAY, "r.pdf"),
                staging(out, ".r.0123456789abcde.briefing-part", YESTERDAY, "r.pdf"),
                staging(out, "r.0123456789abcdef.briefing-part", YESTERDAY, "r.pdf"),
                file(out, ".s.0123456789abcdef.briefing-part", YESTERDAY),
                file(out, ".notes.txt123.part", YESTERDAY),
                file(out, ".r.pdf.part", YESTERDAY),
                // Ours in form, but holding what Briefing never writes there.
                staging(out, ".t.0123456789abcdef.briefing-part", YESTERDAY, "0", "notes.txt"),
                // Ours, but new: another process may be writing it right now.
                staging(out, ".u.0123456789abcdef.briefing-part", FileTime.from(NOW.minusSeconds(60)), "u.pdf"),
                file(out, ".u.pdf123.part", FileTime.from(NOW.minusSeconds(60))));
        assertEquals(2, OutputFolder.prepare(out, NOW));
        assertFalse(Files.exists(stale));
        assertFalse(Files.exists(legacy));
        for (Path path : kept) {
            assertTrue(Files.exists(path), path + " is not Briefing's stale staging folder");
        }
        assertEquals(kept.size(), ReplacementTest.listing(out).size(), "and the check left nothing behind");
    }

    @Test
    void aLinkNamedLikeAStagingFolderIsNotFollowed(@TempDir Path dir) throws Exception {
        Path out = Files.createDirectory(dir.resolve("out"));
        Path elsewhere = staging(dir, "elsewhere", YESTERDAY, "r.pdf");
        Path link = Files.createSymbolicLink(out.resolve(".r.0123456789abcdef.briefing-part"), elsewhere);
        assertEquals(0, OutputFolder.prepare(out, NOW));
        assertTrue(Files.exists(link, LinkOption.NOFOLLOW_LINKS));
        assertTrue(Files.exists(elsewhere.resolve("r.pdf")));
    }

    @Test
    void aFolderInsideAStagingFolderKeepsItWhole(@TempDir Path out) throws Exception {
        Path odd = staging(out, ".r.0123456789abcdef.briefing-part", YESTERDAY, "r.pdf");
        Files.createDirectory(odd.resolve("r-summary.pdf"));
        Files.setLastModifiedTime(odd, YESTERDAY);
        assertEquals(0, OutputFolder.prepare(out, NOW));
        assertTrue(Files.exists(odd.resolve("r.pdf")));
    }

    @Test
    void theFolderIsMadeWithItsParents(@TempDir Path dir) throws Exception {
        OutputFolder.prepare(dir.resolve("a/b/out"), NOW);
        assertTrue(Files.isDirectory(dir.resolve("a/b/out")));
        assertEquals(List.of(), ReplacementTest.listing(dir.resolve("a/b/out")));
    }

    @Test
    void aFileInTheWayIsNamed(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("out.pdf"), "x");
        assertEquals("cannot write to " + file + "/: it is a file, not a folder",
                assertThrows(OutputFailure.class, () -> OutputFolder.prepare(file, NOW)).getMessage());
        assertEquals("cannot write to " + file + "/sub/: " + file + " is a file, not a folder",
                assertThrows(OutputFailure.class, () -> OutputFolder.prepare(file.resolve("sub"), NOW)).getMessage());
    }

    @Test
    void aReadOnlyFolderFailsOnceInPlainWords(@TempDir Path dir) throws Exception {
        Path out = Files.createDirectory(dir.resolve("out"));
        try (Tmpfs disk = Tmpfs.mount(out, "ro,size=64k")) {
            assertEquals("cannot write to " + out + "/: read-only file system",
                    assertThrows(OutputFailure.class, () -> OutputFolder.prepare(out, NOW)).getMessage());
            assertEquals("cannot create " + out + "/sub/: read-only file system",
                    assertThrows(OutputFailure.class, () -> OutputFolder.prepare(out.resolve("sub"), NOW)).getMessage());
        }
    }

    @Test
    void reasonsAreTheSystemsWordsNotJavas() {
        assertEquals("permission denied", IoReason.of(new java.nio.file.AccessDeniedException("/x/.r.pdf.part")));
        assertEquals("no space left on device", IoReason.of(new java.io.IOException("No space left on device")));
        assertEquals("is a directory", IoReason.of(new java.nio.file.FileSystemException("/x", null, "Is a directory")));
        assertEquals("no such file or folder", IoReason.of(new java.nio.file.NoSuchFileException("/x")));
        assertEquals("/x/y: permission denied", IoReason.sentence(new java.nio.file.AccessDeniedException("/x/y")));
        assertEquals("a\\nb", IoReason.of(new java.io.IOException("A\nB")));
    }
}
