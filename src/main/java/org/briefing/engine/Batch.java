package org.briefing.engine;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.briefing.diag.InvalidInputException;
import org.briefing.diag.Problem;

/**
 * Renders many reports in one JVM on several threads. A report that fails is reported with
 * its problems; the others are still written. Outcomes come back in input order.
 */
public final class Batch {
    private final Briefing briefing;
    private final Set<Format> formats;
    private final Path folder;
    private final int threads;

    public Batch(Briefing briefing, Set<Format> formats, Path folder, int threads) {
        this.briefing = briefing;
        this.formats = Set.copyOf(formats);
        this.folder = folder;
        this.threads = Math.max(1, threads);
    }

    /**
     * What happened to one report: files written and warnings, or its problems, or a failure —
     * an {@link OutputFailure} when its files could not be written (then {@code written} lists
     * any it left replaced), any other exception a bug.
     */
    public record Outcome(Path report, List<Path> written, List<String> warnings, List<Problem> problems,
            Throwable failure, long nanos) {

        public boolean ok() {
            return problems.isEmpty() && failure == null;
        }
    }

    /** Hears about each report as it finishes, from the worker thread that rendered it. */
    @FunctionalInterface
    public interface Listener {
        void finished(Outcome outcome);
    }

    /**
     * Renders the reports into the folder, after making it ready ({@link OutputFolder#prepare}:
     * created, checked writable, cleared of stale staging folders). A folder that cannot be
     * written to at all fails the whole run with one {@link OutputFailure}; a failure while
     * writing one report's files is that report's outcome.
     */
    public List<Outcome> run(List<Path> reports, Listener listener) throws InterruptedException, OutputFailure {
        OutputFolder.prepare(folder, Instant.now());
        if (threads == 1 || reports.size() <= 1) {
            // Cores the batch leaves idle render each report's DOCX and summary beside its PDF.
            ExecutorService helper = threads > 1 ? Executors.newFixedThreadPool(threads - 1) : null;
            try {
                List<Outcome> outcomes = new ArrayList<>();
                for (Path report : reports) {
                    Outcome outcome = renderOne(report, helper);
                    listener.finished(outcome);
                    outcomes.add(outcome);
                }
                return outcomes;
            } finally {
                if (helper != null) {
                    helper.shutdownNow();
                }
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, reports.size()));
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Path report : reports) {
                futures.add(pool.submit(() -> {
                    Outcome outcome = renderOne(report, null);
                    listener.finished(outcome);
                    return outcome;
                }));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                try {
                    outcomes.add(future.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a render thread died", e.getCause());
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Renders one report; {@code helper}, when not null, builds its DOCX and summary beside its PDF. */
    private Outcome renderOne(Path report, java.util.concurrent.Executor helper) {
        long start = System.nanoTime();
        try {
            Briefing.Written written = briefing.write(report, formats, folder, helper);
            return new Outcome(report, written.files(), written.warnings(), List.of(), null, System.nanoTime() - start);
        } catch (InvalidInputException e) {
            return new Outcome(report, List.of(), List.of(), e.problems(), null, System.nanoTime() - start);
        } catch (OutputFailure e) {
            return new Outcome(report, e.replaced(), List.of(), List.of(), e, System.nanoTime() - start);
        } catch (Exception e) {
            return new Outcome(report, List.of(), List.of(), List.of(), e, System.nanoTime() - start);
        }
    }
}
