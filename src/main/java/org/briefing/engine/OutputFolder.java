package org.briefing.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The folder a run writes into: made when missing, checked to be a folder Briefing can write
 * to, and cleared of the staging folders a killed run left there.
 */
public final class OutputFolder {
    /**
     * How much older than the run a staging folder must be to count as left behind. A live one
     * (another process writing the same folder) changes every few milliseconds while its files
     * are written; ten minutes also absorbs clocks that differ between machines on a shared disk.
     */
    public static final Duration STALE_AFTER = Duration.ofMinutes(10);

    private OutputFolder() {}

    /**
     * Makes {@code folder} ready for a run that started at {@code runStart}; returns how many stale
     * staging folders it removed.
     */
    public static int prepare(Path folder, Instant runStart) throws OutputFailure {
        create(folder);
        try {
            // A folder the run cannot write to fails here once, not once per report.
            Files.delete(StagingName.create(folder, "briefing-check"));
        } catch (IOException e) {
            throw OutputFailure.writing(folder, e);
        }
        return StaleStaging.remove(folder, FileTime.from(runStart.minus(STALE_AFTER)));
    }

    /** Makes {@code folder} and its parents when missing; a file in the way is a failure naming it. */
    static void create(Path folder) throws OutputFailure {
        if (Files.isDirectory(folder)) {
            return;
        }
        Optional<Path> file = fileInTheWay(folder);
        if (file.isPresent()) {
            throw new OutputFailure("cannot write to " + IoReason.shown(folder, true) + ": "
                    + (file.get().equals(folder) ? "it" : IoReason.shown(file.get(), false)) + " is a file, not a folder");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new OutputFailure("cannot create " + IoReason.shown(folder, true) + ": " + IoReason.of(e));
        }
    }

    /** The file that stops {@code folder} from being one: itself, or the nearest existing parent, when not a folder. */
    public static Optional<Path> fileInTheWay(Path folder) {
        for (Path up = folder; up != null; up = up.getParent()) {
            if (Files.exists(up)) {
                return Files.isDirectory(up) ? Optional.empty() : Optional.of(up);
            }
        }
        return Optional.empty();
    }
}
