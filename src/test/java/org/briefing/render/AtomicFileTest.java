package org.briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed render leaves the previous file as it was and no partial file beside it. */
class AtomicFileTest {

    @Test
    void aFailedWriteLeavesThePreviousFileUntouched(@TempDir Path folder) throws Exception {
        Path target = folder.resolve("report.pdf");
        Files.writeString(target, "previous");
        assertThrows(IOException.class, () -> AtomicFile.write(target, out -> {
            out.write("half a docu".getBytes());
            throw new IOException("renderer failed");
        }));
        assertEquals("previous", Files.readString(target));
        try (var listing = Files.list(folder)) {
            assertEquals(List.of(target), listing.toList());
        }
    }

    @Test
    void aSuccessfulWriteReplacesTheFile(@TempDir Path folder) throws Exception {
        Path target = folder.resolve("out/report.pdf");
        AtomicFile.write(target, out -> out.write("new".getBytes()));
        assertEquals("new", Files.readString(target));
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(target)));
    }
}
