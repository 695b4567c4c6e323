package org.briefing.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.briefing.diag.InvalidInputException;
import org.briefing.diag.Location;
import org.briefing.diag.Problems;
import org.briefing.json.SourceNode;
import org.briefing.json.SourceParser;
import org.briefing.model.Limits;
import org.briefing.model.Report;

/** Reads a report file: parse, read the structure, check what the structure cannot say. */
public final class ReportLoader {
    private ReportLoader() {}

    /** Loads {@code file}; problems name it as the path was given (usually what the user typed). */
    public static Report load(Path file) throws InvalidInputException {
        String name = file.toString();
        String text;
        try {
            text = read(file);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw fileProblem(name, "cannot read the file: " + describe(e));
        }
        if (text == null) {
            throw fileProblem(name, String.format(java.util.Locale.ROOT, "the file is larger than %,d MiB, the most a"
                    + " report may be", Limits.MAX_REPORT_BYTES / (1024 * 1024)));
        }
        return loadText(name, text);
    }

    /**
     * The file's text, or null when it is over the size limit. The size is checked before
     * reading, and the reading itself stops at the limit (a pipe or a growing file has no size).
     */
    private static String read(Path file) throws IOException {
        if (Files.isRegularFile(file) && Files.size(file) > Limits.MAX_REPORT_BYTES) {
            return null;
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Limits.MAX_REPORT_BYTES + 1);
        }
        if (bytes.length > Limits.MAX_REPORT_BYTES) {
            return null;
        }
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static InvalidInputException fileProblem(String name, String message) {
        Problems problems = new Problems();
        problems.error(Location.ofFile(name), message);
        return new InvalidInputException(problems.list());
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
        if (e instanceof java.nio.charset.CharacterCodingException) {
            return "it is not UTF-8 text";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
