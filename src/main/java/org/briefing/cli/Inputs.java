package org.briefing.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.briefing.diag.Quoted;
import org.briefing.engine.Briefing;
import org.briefing.engine.Format;
import org.briefing.engine.IoReason;

/** Turns the files and folders on a command line into the report files to read, in a stable order. */
final class Inputs {
    static final Path DEFAULT_FOLDER = Path.of("source-json");

    private Inputs() {}

    /**
     * One error line per pair of reports that would write the same file in {@code out}: the
     * file names of the formats chosen are compared, not the base names, since "x.json" and
     * "x-summary.json" both make "x-summary.pdf" (the summary of one, the PDF of the other).
     */
    static List<String> sameOutputs(List<Path> reports, Set<Format> formats, Path out) {
        Map<String, Path> writer = new HashMap<>();
        List<String> lines = new ArrayList<>();
        for (Path report : reports) {
            String base = Briefing.baseName(report);
            // Earlier report -> the files it shares with this one, in format order.
            Map<Path, List<String>> shared = new LinkedHashMap<>();
            for (Format format : Format.values()) {
                if (!formats.contains(format)) {
                    continue;
                }
                String file = format.fileName(base);
                Path earlier = writer.putIfAbsent(file, report);
                if (earlier != null) {
                    shared.computeIfAbsent(earlier, e -> new ArrayList<>()).add(file);
                }
            }
            shared.forEach((earlier, files) -> lines.add(Quoted.oneLine(report.toString()) + ": error: "
                    + Quoted.oneLine(earlier.toString()) + " and " + Quoted.oneLine(report.toString())
                    + " would both write " + String.join(", ", files.stream()
                            .map(f -> IoReason.shown(out.resolve(f), false)).toList())
                    + "; rename one of them"));
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
