package org.briefing.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Turns the files and folders on a command line into the report files to read, in a stable order. */
final class Inputs {
    static final Path DEFAULT_FOLDER = Path.of("source-json");

    private Inputs() {}

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
