package org.briefing.engine;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One report's files, replaced together or not at all. Every new file is written (and flushed
 * to disk) into a staging folder beside its target first; only when all are there are they
 * renamed over their targets, in order. If a rename fails, the files already renamed are put
 * back from hard links to their previous versions made beforehand, and a file that was new is
 * removed again. A target that is a symbolic link is replaced by the file, never written through.
 */
final class Replacement {
    /** Moves a file over another; tests put in one that fails. */
    @FunctionalInterface
    interface Mover {
        void move(Path from, Path to) throws IOException;
    }

    /** The operating system's rename: atomic where the file system has it. */
    static final Mover RENAME = (from, to) -> {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    };

    private final Path folder;
    private final String base;
    private final Map<String, byte[]> files;
    private final Mover mover;

    /** The files, by name inside {@code folder}, in the order they are to be renamed. */
    Replacement(Path folder, String base, Map<String, byte[]> files, Mover mover) {
        this.folder = folder;
        this.base = base;
        this.files = new LinkedHashMap<>(files);
        this.mover = mover;
    }

    /** Puts every file in place and returns their paths, or throws with every old file as it was. */
    List<Path> apply() throws OutputFailure {
        Path staging;
        try {
            staging = StagingName.create(folder, base);
        } catch (IOException e) {
            throw OutputFailure.writing(folder, e);
        }
        try {
            stage(staging);
            Map<String, Optional<Path>> previous = keepPrevious(staging);
            return rename(staging, previous);
        } finally {
            clear(staging);
        }
    }

    private void stage(Path staging) throws OutputFailure {
        for (String name : files.keySet()) {
            Path target = folder.resolve(name);
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new OutputFailure("cannot replace " + IoReason.shown(target, false) + ": it is a folder");
            }
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            try {
                writeDurably(staging.resolve(file.getKey()), file.getValue());
            } catch (IOException e) {
                throw OutputFailure.writing(folder, e);
            }
        }
    }

    private static void writeDurably(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        try {
            // A document is for everyone to read, whatever the umask made of the new file.
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: its defaults apply.
        }
    }

    /**
     * A second name for each existing target, so it can be put back; a link costs no disk
     * space. Where the file system has no links the target is left without one, and a failed
     * rename then reports it as replaced.
     */
    private Map<String, Optional<Path>> keepPrevious(Path staging) {
        Map<String, Optional<Path>> previous = new LinkedHashMap<>();
        for (String name : files.keySet()) {
            Path target = folder.resolve(name);
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                continue; // A new file: put back means removed again.
            }
            Path kept = staging.resolve(name + StaleStaging.PREVIOUS);
            try {
                if (Files.isSymbolicLink(target)) {
                    Files.createSymbolicLink(kept, Files.readSymbolicLink(target));
                } else {
                    Files.createLink(kept, target);
                }
                previous.put(name, Optional.of(kept));
            } catch (IOException | UnsupportedOperationException e) {
                previous.put(name, Optional.empty());
            }
        }
        return previous;
    }

    private List<Path> rename(Path staging, Map<String, Optional<Path>> previous) throws OutputFailure {
        List<Path> replaced = new ArrayList<>();
        for (String name : files.keySet()) {
            Path target = folder.resolve(name);
            try {
                mover.move(staging.resolve(name), target);
                replaced.add(target);
            } catch (IOException e) {
                List<Path> left = putBack(replaced, previous);
                String what = "cannot replace " + IoReason.shown(target, false) + ": " + IoReason.of(e);
                throw new OutputFailure(left.isEmpty() ? what : what + "; replaced, and the old version lost: "
                        + String.join(", ", left.stream().map(p -> IoReason.shown(p, false)).toList()), left);
            }
        }
        return replaced;
    }

    /** Undoes the renames done, latest first; returns the files it could not put back. */
    private List<Path> putBack(List<Path> replaced, Map<String, Optional<Path>> previous) {
        List<Path> left = new ArrayList<>();
        for (int i = replaced.size() - 1; i >= 0; i--) {
            Path target = replaced.get(i);
            String name = target.getFileName().toString();
            try {
                if (!previous.containsKey(name)) {
                    Files.deleteIfExists(target);
                } else if (previous.get(name).isPresent()) {
                    mover.move(previous.get(name).get(), target);
                } else {
                    left.add(0, target);
                }
            } catch (IOException e) {
                left.add(0, target);
            }
        }
        return left;
    }

    /** Removes the staging folder and whatever is still in it: files not renamed, links to previous versions. */
    private void clear(Path staging) {
        for (String name : files.keySet()) {
            for (Path leftover : List.of(staging.resolve(name), staging.resolve(name + StaleStaging.PREVIOUS))) {
                try {
                    Files.deleteIfExists(leftover);
                } catch (IOException e) {
                    // Left for a later run's clean-up of stale staging folders.
                }
            }
        }
        try {
            Files.deleteIfExists(staging);
        } catch (IOException e) {
            // As above.
        }
    }
}
