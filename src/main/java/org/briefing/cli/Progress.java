package org.briefing.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.briefing.diag.Quoted;
import org.briefing.engine.Batch;
import org.briefing.engine.OutputFailure;

/**
 * What the user sees while a batch renders: on a terminal a progress bar (reports done of all,
 * the current report, elapsed time); otherwise one line per report. Problems and warnings
 * are printed as each report finishes, in the one-line form.
 */
final class Progress {
    /** The most warnings printed for one report; the rest are counted. */
    static final int MAX_WARNINGS = 20;
    /** The most characters of one warning printed, escapes included. */
    static final int MAX_WARNING_CHARS = 400;

    private final PrintWriter out;
    private final PrintWriter err;
    private final ProgressBar bar;

    private Progress(PrintWriter out, PrintWriter err, ProgressBar bar) {
        this.out = out;
        this.err = err;
        this.bar = bar;
    }

    /** A progress bar only for several reports on a real terminal; the bar's library loads only then. */
    static Progress of(PrintWriter out, PrintWriter err, int reports, boolean terminal) {
        if (!terminal || reports < 2) {
            return new Progress(out, err, null);
        }
        ProgressBar bar = new ProgressBarBuilder().setTaskName("Rendering").setInitialMax(reports)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).continuousUpdate().build();
        return new Progress(out, err, bar);
    }

    synchronized void finished(Batch.Outcome outcome) {
        String report = Quoted.oneLine(outcome.report().toString());
        outcome.problems().forEach(p -> err.println(p.format()));
        List<String> warnings = outcome.warnings();
        warnings.stream().limit(MAX_WARNINGS).forEach(w -> err.println(report + ": warning: " + shortened(w)));
        if (warnings.size() > MAX_WARNINGS) {
            int more = warnings.size() - MAX_WARNINGS;
            err.println(report + ": warning: … and " + more + " more warning" + (more == 1 ? "" : "s"));
        }
        if (outcome.failure() instanceof OutputFailure output) {
            err.println(report + ": error: " + output.getMessage());
        } else if (outcome.failure() != null) {
            err.println(report + ": internal error: " + shortened(outcome.failure().toString()));
            if (System.getenv("BRIEFING_DEBUG") != null) {
                outcome.failure().printStackTrace(err);
            }
        }
        err.flush();
        if (bar != null) {
            bar.step();
            bar.setExtraMessage(Quoted.oneLine(outcome.report().getFileName().toString()));
        } else if (outcome.ok()) {
            out.println(report + ": wrote " + outcome.written().stream().map(p -> Quoted.oneLine(p.toString()))
                    .collect(Collectors.joining(", ")));
            out.flush();
        }
    }

    /**
     * A renderer's warning as one terminal line: line breaks and invisible characters escaped
     * ({@link Quoted#oneLine}), cut with "…" at {@value #MAX_WARNING_CHARS} characters, never
     * inside a character or its escape.
     */
    static String shortened(String warning) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < warning.length(); ) {
            int end = i + Character.charCount(warning.codePointAt(i));
            String next = Quoted.oneLine(warning.substring(i, end));
            if (shown.length() + next.length() > MAX_WARNING_CHARS) {
                return shown.append('…').toString();
            }
            shown.append(next);
            i = end;
        }
        return shown.toString();
    }

    /** The closing line: reports, files written, failures, seconds. */
    void summary(List<Batch.Outcome> outcomes, long nanos) {
        long failed = outcomes.stream().filter(o -> !o.ok()).count();
        int files = outcomes.stream().mapToInt(o -> o.written().size()).sum();
        out.printf(java.util.Locale.ROOT, "%d report%s, %d file%s written, %d failed, %.2f s%n", outcomes.size(),
                outcomes.size() == 1 ? "" : "s", files, files == 1 ? "" : "s", failed, nanos / 1e9);
        out.flush();
    }

    void close() {
        if (bar != null) {
            bar.close();
        }
    }

    /** Whether standard output is a terminal a person is watching (Console.isTerminal() from Java 22 on). */
    static boolean onTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
