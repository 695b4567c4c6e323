package org.briefing.fuzz;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one case on a thread of its own and stops waiting after a time limit: a hang guard, not
 * a speed check (the limits are far above any real render). Java cannot stop the thread, so a
 * hung case goes on in the background as a daemon until the test JVM exits.
 */
final class Bounded {
    private static final ExecutorService POOL = Executors.newCachedThreadPool(work -> {
        Thread thread = new Thread(work, "fuzz-case");
        thread.setDaemon(true);
        return thread;
    });

    private Bounded() {}

    /** What the work returned, or what it threw (any Throwable, Errors included). */
    record Outcome<T>(T value, Throwable thrown) {}

    /** The outcome of {@code work}; an {@link AssertionError} naming {@code what} when it runs past {@code limit}. */
    static <T> Outcome<T> run(Duration limit, String what, Callable<T> work) {
        Future<Outcome<T>> future = POOL.submit(() -> {
            try {
                return new Outcome<>(work.call(), null);
            } catch (Throwable thrown) {
                return new Outcome<>(null, thrown);
            }
        });
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new AssertionError(what + " did not finish within " + limit.toSeconds() + " s (a hang)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + what, e);
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause());
        }
    }

    /** "StackOverflowError at org.briefing.load.IdCheck.check(IdCheck.java:12)": the class, message and first Briefing frame. */
    static String describe(Throwable thrown) {
        String message = thrown.getMessage() == null ? "" : ": " + org.briefing.diag.Quoted.of(thrown.getMessage());
        String where = java.util.Arrays.stream(thrown.getStackTrace())
                .filter(frame -> frame.getClassName().startsWith("org.briefing."))
                .findFirst().map(frame -> " at " + frame).orElse("");
        return thrown.getClass().getName() + message + where;
    }
}
