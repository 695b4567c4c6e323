package org.briefing.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.briefing.engine.IoReason;

/** Turns the files and folders on a command line into the report files to read, in a stable order. */
final class Inputs {
    static final Path DEFAULT_FOLDER = Path.of("source-json");

    private Inputs() {}

    /** One error line per report that would write the same out/ files as an earlier one. */
    static List<String> sameOutputs(List<Path> reports) {
        java.util.Map<String, Path> first = new java.util.HashMap<>();
        List<String> lines = new ArrayList<>();
        for (Path report : reports) {
            Path earlier = first.putIfAbsent(org.briefing.engine.Briefing.baseName(report), report);
            if (earlier != null) {
                lines.add(report + ": error: " + earlier + " would write the same files; rename one of them");
            }
        }
        return lines;
    }

    /** The folders and files looked in, for "no reports found in …". */
    static String lookedIn(List<Path> given) {
        return String.join(", ", (given.isEmpty() ? List.of(DEFAULT_FOLDER) : given).stream()
                .map(p -> IoReason.shown(p, Files.isDirectory(p))).toList());
    }

    /** The report files named, and those in the folders named (default: source-json/), in a stable order. */
    static List<Path> reports(List<Path> given) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : given.isEmpty() ? List.of(DEFAULT_FOLDER) : given) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> listing = Files.list(path)) {
                    listing.filter(p -> p.getFileName().toString().endsWith(".json"))
                            .filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }
}
