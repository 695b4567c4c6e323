package org.briefing.engine;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The folder a report's new files are written into before they replace the old ones:
 * {@code .NAME.<16 hex digits>.briefing-part}, beside the files it replaces (NAME is the
 * report's base name, cut to {@value #MAX_BASE} characters). The random part makes it unique
 * between threads and processes; the form is one nothing else writes, so a later run can
 * recognise one a killed process left behind and remove it.
 */
final class StagingName {
    static final String SUFFIX = ".briefing-part";
    /** Enough of the base name to tell whose folder it is, short enough for any file system's name limit. */
    static final int MAX_BASE = 64;
    private static final int DIGITS = 16;
    private static final int ATTEMPTS = 10;

    private StagingName() {}

    /** Makes a new, empty staging folder for {@code base} in {@code folder}. */
    static Path create(Path folder, String base) throws IOException {
        for (int attempt = 1; ; attempt++) {
            String random = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
            try {
                return Files.createDirectory(folder.resolve("." + cut(base) + "." + random + SUFFIX));
            } catch (FileAlreadyExistsException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** The (cut) base name a staging folder's name holds, or empty when {@code name} is not of the form. */
    static Optional<String> base(String name) {
        int end = name.length() - SUFFIX.length();
        int dot = end - DIGITS - 1;
        if (!name.startsWith(".") || !name.endsWith(SUFFIX) || dot < 2 || name.charAt(dot) != '.') {
            return Optional.empty();
        }
        for (int i = dot + 1; i < end; i++) {
            if (Character.digit(name.charAt(i), 16) < 0 || Character.isUpperCase(name.charAt(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(name.substring(1, dot));
    }

    /** The first {@value #MAX_BASE} characters of {@code base}, a surrogate pair never split. */
    static String cut(String base) {
        if (base.length() <= MAX_BASE) {
            return base;
        }
        int end = Character.isHighSurrogate(base.charAt(MAX_BASE - 1)) ? MAX_BASE - 1 : MAX_BASE;
        return base.substring(0, end);
    }
}
