package org.briefing.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
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
        outcome.problems().forEach(p -> err.println(p.format()));
        outcome.warnings().forEach(w -> err.println(outcome.report() + ": warning: " + w));
        if (outcome.failure() instanceof OutputFailure output) {
            err.println(Quoted.oneLine(outcome.report().toString()) + ": error: " + output.getMessage());
        } else if (outcome.failure() != null) {
            err.println(outcome.report() + ": internal error: " + outcome.failure());
            if (System.getenv("BRIEFING_DEBUG") != null) {
                outcome.failure().printStackTrace(err);
            }
        }
        err.flush();
        if (bar != null) {
            bar.step();
            bar.setExtraMessage(Path.of(outcome.report().getFileName().toString()).toString());
        } else if (outcome.ok()) {
            out.println(outcome.report() + ": wrote " + outcome.written().stream().map(Path::toString)
                    .collect(Collectors.joining(", ")));
            out.flush();
        }
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
