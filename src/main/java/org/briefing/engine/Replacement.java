package org.briefing.engine;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
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
 * removed again — unless another process has replaced it meanwhile, whose newer file is then
 * left alone. A target that is a symbolic link is replaced by the file, never written through.
 * Inside the staging folder the files are named by their place in the order ("0", "1",
 * "0.previous"), whatever the length of the report's name.
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
        int index = 0;
        for (byte[] bytes : files.values()) {
            try {
                writeDurably(staging.resolve(stagedName(index++)), bytes);
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
     * The staged file's name inside the staging folder: its place in the order, not the
     * target's name, so a target whose name just fits the file system's limit still has a
     * staged file and a previous-version link ({@link #previousName}) that fit too.
     */
    static String stagedName(int index) {
        return Integer.toString(index);
    }

    static String previousName(int index) {
        return stagedName(index) + StaleStaging.PREVIOUS;
    }

    /**
     * A second name for each existing target, so it can be put back; a link costs no disk
     * space. Where the file system has no links the target is left without one, and a failed
     * rename then reports it as replaced.
     */
    private Map<String, Optional<Path>> keepPrevious(Path staging) {
        Map<String, Optional<Path>> previous = new LinkedHashMap<>();
        int index = 0;
        for (String name : files.keySet()) {
            Path target = folder.resolve(name);
            Path kept = staging.resolve(previousName(index++));
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                continue; // A new file: put back means removed again.
            }
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
        // Each target renamed so far, with the identity of the file this process put there.
        Map<Path, Object> replaced = new LinkedHashMap<>();
        int index = 0;
        for (String name : files.keySet()) {
            Path target = folder.resolve(name);
            Path staged = staging.resolve(stagedName(index++));
            try {
                Object key = fileKey(staged);
                mover.move(staged, target);
                replaced.put(target, key);
            } catch (IOException | RuntimeException e) {
                // A runtime failure (a security manager, a file system provider's bug) is put back the same way.
                PutBack back = putBack(replaced, previous);
                String reason = e instanceof IOException io ? IoReason.of(io) : "the rename failed unexpectedly";
                String what = "cannot replace " + IoReason.shown(target, false) + ": " + reason;
                if (!back.lost().isEmpty()) {
                    what += "; replaced, and the old version lost: " + shown(back.lost());
                }
                if (!back.changed().isEmpty()) {
                    what += "; not put back, since another process has written it meanwhile: " + shown(back.changed());
                }
                throw new OutputFailure(what, back.lost());
            }
        }
        return List.copyOf(replaced.keySet());
    }

    private static String shown(List<Path> paths) {
        return String.join(", ", paths.stream().map(p -> IoReason.shown(p, false)).toList());
    }

    /** What putting back left: files still this run's new versions, and files another process has replaced since. */
    private record PutBack(List<Path> lost, List<Path> changed) {}

    /**
     * Undoes the renames done, latest first. A target is put back only while it is still the
     * very file this process renamed there: when another process has replaced it meanwhile,
     * its newer file is left alone rather than overwritten with this one's old version.
     */
    private PutBack putBack(Map<Path, Object> replaced, Map<String, Optional<Path>> previous) {
        List<Path> lost = new ArrayList<>();
        List<Path> changed = new ArrayList<>();
        List<Path> targets = new ArrayList<>(replaced.keySet());
        for (int i = targets.size() - 1; i >= 0; i--) {
            Path target = targets.get(i);
            String name = target.getFileName().toString();
            try {
                Object ours = replaced.get(target);
                if (ours != null && !ours.equals(fileKey(target))) {
                    changed.add(0, target);
                } else if (!previous.containsKey(name)) {
                    Files.deleteIfExists(target);
                } else if (previous.get(name).isPresent()) {
                    mover.move(previous.get(name).get(), target);
                } else {
                    lost.add(0, target);
                }
            } catch (NoSuchFileException e) {
                changed.add(0, target); // Removed meanwhile by someone else: nothing of ours is there.
            } catch (IOException e) {
                lost.add(0, target);
            }
        }
        return new PutBack(lost, changed);
    }

    /** The file system's identity of the file at {@code path} (device and inode on Unix), or null where it has none. */
    private static Object fileKey(Path path) throws IOException {
        return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
    }

    /** Removes the staging folder and whatever is still in it: files not renamed, links to previous versions. */
    private void clear(Path staging) {
        for (int index = 0; index < files.size(); index++) {
            for (Path leftover : List.of(staging.resolve(stagedName(index)), staging.resolve(previousName(index)))) {
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
