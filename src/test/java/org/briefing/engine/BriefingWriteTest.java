package org.briefing.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefing.Seed;
import org.briefing.Tmpfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Briefing.write on the real report: its three files change together, whatever fails on the way. */
class BriefingWriteTest {
    private static final Set<Format> ALL = EnumSet.allOf(Format.class);
    private static final String BASE = "north-korea-2023";
    private static final long PAGE = 4096;

    /** Distinct old bytes in every target, returned to compare with afterwards. */
    private static Map<Format, byte[]> writeOld(Path out) throws Exception {
        Map<Format, byte[]> old = new EnumMap<>(Format.class);
        for (Format format : ALL) {
            old.put(format, ("previous " + format + " render").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            Files.write(out.resolve(format.fileName(BASE)), old.get(format));
        }
        return old;
    }

    private static void assertUnchanged(Map<Format, byte[]> old, Path out) throws Exception {
        for (Format format : ALL) {
            assertArrayEquals(old.get(format), Files.readAllBytes(out.resolve(format.fileName(BASE))), format.toString());
        }
        List<String> expected = ALL.stream().map(f -> f.fileName(BASE)).sorted().toList();
        assertEquals(expected, ReplacementTest.listing(out), "only the old files, no temporary one");
    }

    @Test
    void aRenameFailingOnTheSummaryLeavesTheOldPdfAndDocx(@TempDir Path out) throws Exception {
        Map<Format, byte[]> old = writeOld(out);
        Replacement.Mover failOnSummary = (from, to) -> {
            if (to.getFileName().toString().equals(Format.SUMMARY.fileName(BASE)) && !ReplacementTest.puttingBack(from)) {
                throw new java.nio.file.AccessDeniedException(from.toString());
            }
            Replacement.RENAME.move(from, to);
        };
        OutputFailure failure = assertThrows(OutputFailure.class,
                () -> Briefing.withStyle(Seed.style()).write(Seed.FILE, ALL, out, null, failOnSummary));
        assertEquals("cannot replace " + out.resolve(BASE + "-summary.pdf") + ": permission denied", failure.getMessage());
        assertUnchanged(old, out);
    }

    @Test
    void aFailureOnTheFirstRenameAfterStagingChangesNothing(@TempDir Path out) throws Exception {
        Map<Format, byte[]> old = writeOld(out);
        List<List<String>> stagedWhenItFailed = new java.util.ArrayList<>();
        Replacement.Mover failFirst = (from, to) -> {
            stagedWhenItFailed.add(ReplacementTest.listing(from.getParent()));
            throw new java.nio.file.AccessDeniedException(from.toString());
        };
        OutputFailure failure = assertThrows(OutputFailure.class,
                () -> Briefing.withStyle(Seed.style()).write(Seed.FILE, ALL, out, null, failFirst));
        assertEquals("cannot replace " + out.resolve(BASE + ".pdf") + ": permission denied", failure.getMessage());
        // The failure came once every new file and every previous-version link was in the staging folder.
        assertEquals(List.of(List.of("0", "0.previous", "1", "1.previous", "2", "2.previous")), stagedWhenItFailed);
        assertUnchanged(old, out);
    }

    @Test
    void aDiskThatFillsUpOnTheSummaryLeavesEveryOldFile(@TempDir Path out) throws Exception {
        Briefing briefing = Briefing.withStyle(Seed.style());
        Rendered rendered = briefing.render(Seed.FILE, ALL);
        // Room for the old files, the new PDF and DOCX, and half the summary: the disk fills on the third file.
        long room = 3 * PAGE + pages(rendered.file(Format.PDF)) + pages(rendered.file(Format.DOCX))
                + pages(rendered.file(Format.SUMMARY)) / 2;
        try (Tmpfs disk = Tmpfs.mount(out, "size=" + room)) {
            Map<Format, byte[]> old = writeOld(out);
            OutputFailure failure = assertThrows(OutputFailure.class, () -> briefing.write(Seed.FILE, ALL, out));
            assertEquals("cannot write to " + out + "/: no space left on device", failure.getMessage());
            assertEquals(List.of(), failure.replaced());
            assertUnchanged(old, out);
            // There was room for the PDF and the DOCX: the summary is the file that did not fit.
            assertEquals(2, briefing.write(Seed.FILE, EnumSet.of(Format.PDF, Format.DOCX), out).files().size());
        }
    }

    private static long pages(byte[] bytes) {
        return (bytes.length + PAGE - 1) / PAGE * PAGE;
    }
}
