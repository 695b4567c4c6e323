package org.briefing.engine;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Removes what a killed Briefing left in an output folder: staging folders
 * ({@link StagingName}) last changed before a cut-off, holding nothing but Briefing's own
 * files, and the {@code .NAME.pdf<digits>.part} temporary files of Briefing versions before
 * the staging folders. Anything else — another name, a symbolic link, a folder inside, a
 * newer date — is left alone.
 */
final class StaleStaging {
    static final String PREVIOUS = ".previous";
    private static final String LEGACY_SUFFIX = ".part";

    private StaleStaging() {}

    /** Removes the stale staging folders and legacy temporary files in {@code folder}; returns how many. */
    static int remove(Path folder, FileTime cutOff) {
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, ".*")) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                Optional<String> base = StagingName.base(name);
                try {
                    if (base.isPresent() ? removeStaging(entry, cutOff)
                            : isLegacyTemp(name) && removeLegacy(entry, cutOff)) {
                        removed++;
                    }
                } catch (IOException e) {
                    // Gone meanwhile, or not ours to remove: the next entry.
                }
            }
        } catch (IOException | RuntimeException e) {
            // Only housekeeping: a folder that cannot be listed or cleaned fails later, where it matters.
        }
        return removed;
    }

    /**
     * Whether a staging folder's entry is one Briefing puts there ({@link Replacement#stagedName}):
     * a staged file "0", "1", "2", or the previous version of one, "0.previous".
     */
    static boolean isOwnEntry(String name) {
        String file = name.endsWith(PREVIOUS) ? name.substring(0, name.length() - PREVIOUS.length()) : name;
        for (int index = 0; index < Format.values().length; index++) {
            if (file.equals(Replacement.stagedName(index))) {
                return true;
            }
        }
        return false;
    }

    private static boolean removeStaging(Path staging, FileTime cutOff) throws IOException {
        // A live staging folder changes whenever a file is added to or moved out of it; its own date says whether it is stale.
        if (!olderThan(staging, cutOff, true)) {
            return false;
        }
        List<Path> inside = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(staging)) {
            for (Path entry : entries) {
                BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (attributes.isDirectory() || !isOwnEntry(entry.getFileName().toString())) {
                    return false;
                }
                inside.add(entry);
            }
        }
        for (Path entry : inside) {
            Files.deleteIfExists(entry);
        }
        Files.delete(staging);
        return true;
    }

    /** ".north-korea-2023.pdf1234567890.part": the form {@code Files.createTempFile} gave earlier versions. */
    static boolean isLegacyTemp(String name) {
        if (!name.startsWith(".") || !name.endsWith(LEGACY_SUFFIX)) {
            return false;
        }
        int end = name.length() - LEGACY_SUFFIX.length();
        int digits = end;
        while (digits > 1 && Character.isDigit(name.charAt(digits - 1)) && name.charAt(digits - 1) < 128) {
            digits--;
        }
        String file = name.substring(1, digits);
        return end - digits >= 1 && end - digits <= 20
                && (file.endsWith(".pdf") && file.length() > 4 || file.endsWith(".docx") && file.length() > 5);
    }

    private static boolean removeLegacy(Path file, FileTime cutOff) throws IOException {
        if (!olderThan(file, cutOff, false)) {
            return false;
        }
        Files.delete(file);
        return true;
    }

    /** Whether {@code path} is (not following links) a folder or a regular file as asked, last modified before {@code cutOff}. */
    private static boolean olderThan(Path path, FileTime cutOff, boolean folder) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        boolean kind = folder ? attributes.isDirectory() : attributes.isRegularFile();
        return kind && attributes.lastModifiedTime().compareTo(cutOff) < 0;
    }
}
