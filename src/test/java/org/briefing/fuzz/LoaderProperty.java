package org.briefing.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.briefing.diag.InvalidInputException;
import org.briefing.diag.Problem;
import org.briefing.diag.Severity;
import org.briefing.load.ReportLoader;
import org.briefing.model.Report;
import org.briefing.style.Style;
import org.briefing.style.StyleLoader;

/**
 * What must hold for any file given to a loader: it returns, or it throws
 * {@link InvalidInputException} with at least one error, each problem one line of bounded
 * length. Nothing else leaves a loader: no other exception, no Error, no hang.
 */
final class LoaderProperty {
    /** The longest problem line accepted (Problem caps each part at 400 characters). */
    static final int MAX_PROBLEM_LINE = 2_000;
    /** The hang guard for one load; a real load takes milliseconds. */
    static final Duration LOAD_LIMIT = Duration.ofSeconds(10);

    private LoaderProperty() {}

    /** Loads {@code bytes} as the report file {@code name}; the report when the loader accepts it. */
    static Optional<Report> report(String name, byte[] bytes) {
        Path file = write(name, bytes);
        return check("the report loader", file, () -> ReportLoader.load(file));
    }

    /** Loads {@code bytes} as a style file {@code name} (next to a copy of nothing else). */
    static Optional<Style> style(String name, byte[] bytes) {
        Path file = write(name, bytes);
        return check("the style loader", file, () -> StyleLoader.load(file.toString(), Path.of("styles")));
    }

    /** Loads an existing style file (a regression fixture). */
    static Optional<Style> style(Path file) {
        return check("the style loader", file, () -> StyleLoader.load(file.toString(), Path.of("styles")));
    }

    private static <T> Optional<T> check(String loader, Path file, java.util.concurrent.Callable<T> load) {
        Bounded.Outcome<T> outcome = Bounded.run(LOAD_LIMIT, loader + " on " + file, load);
        if (outcome.thrown() == null) {
            return Optional.of(outcome.value());
        }
        if (!(outcome.thrown() instanceof InvalidInputException invalid)) {
            throw new AssertionError(loader + " let " + Bounded.describe(outcome.thrown()) + " out on " + file,
                    outcome.thrown());
        }
        problemsAreLines(invalid.problems(), loader + " on " + file);
        return Optional.empty();
    }

    /** Each problem is one line of at most {@link #MAX_PROBLEM_LINE} characters, and there is an error. */
    static void problemsAreLines(List<Problem> problems, String where) {
        if (problems.stream().noneMatch(p -> p.severity() == Severity.ERROR)) {
            throw new AssertionError(where + ": refused the input without naming an error (" + problems.size()
                    + " problems)");
        }
        for (Problem problem : problems) {
            String line = problem.format();
            if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0 || line.length() > MAX_PROBLEM_LINE) {
                String shown = org.briefing.diag.Quoted.bare(line, 200);
                throw new AssertionError(where + ": a problem is not one line of at most " + MAX_PROBLEM_LINE
                        + " characters (" + line.length() + " characters, " + line.lines().count() + " lines): "
                        + shown);
            }
        }
    }

    /** Files go to target/fuzz-work/, one folder per thread, overwritten case after case. */
    private static Path write(String name, byte[] bytes) {
        try {
            Path folder = Path.of("target", "fuzz-work", String.valueOf(Thread.currentThread().threadId()));
            Files.createDirectories(folder);
            Path file = folder.resolve(name);
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
