package org.briefing.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.briefing.diag.InvalidInputException;
import org.briefing.diag.Location;
import org.briefing.diag.Problems;
import org.briefing.json.SourceNode;
import org.briefing.json.SourceParser;
import org.briefing.model.Report;

/** Reads a report file: parse, read the structure, check what the structure cannot say. */
public final class ReportLoader {
    private ReportLoader() {}

    /** Loads {@code file}; problems name it as the path was given (usually what the user typed). */
    public static Report load(Path file) throws InvalidInputException {
        String name = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            Problems problems = new Problems();
            problems.error(Location.ofFile(name), "cannot read the file: " + describe(e));
            throw new InvalidInputException(problems.list());
        }
        return loadText(name, text);
    }

    /** Loads a report from JSON text, naming it {@code name} in problems. */
    public static Report loadText(String name, String text) throws InvalidInputException {
        Problems problems = new Problems();
        Optional<SourceNode> root = SourceParser.parse(name, text, problems);
        ReportReader reader = new ReportReader(problems);
        Optional<Report> report = root.flatMap(reader::report);
        ReportChecks.check(reader, problems);
        if (problems.hasErrors() || report.isEmpty()) {
            throw new InvalidInputException(problems.list());
        }
        return report.get();
    }

    private static String describe(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.charset.MalformedInputException) {
            return "it is not UTF-8 text";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
