package org.briefing.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Collects problems while an input is read, so the user sees all of them at once: up to
 * {@link #MAX_PER_FILE} per file, the first in file order, and a last line that counts the
 * rest. A file with millions of faults then costs little memory and prints a screenful.
 */
public final class Problems {
    /** The most problems kept and shown per file; no realistic file has more, and they are its first in file order. */
    public static final int MAX_PER_FILE = 100;

    private final Map<String, FileProblems> byFile = new LinkedHashMap<>();
    private long added;
    private boolean errors;

    public void add(Problem problem) {
        errors |= problem.severity() == Severity.ERROR;
        byFile.computeIfAbsent(problem.location().file(), f -> new FileProblems()).add(new Numbered(added++, problem));
    }

    public void error(Location location, String message) {
        add(Problem.error(location, message));
    }

    public void error(Location location, String message, String hint) {
        add(Problem.error(location, message, hint));
    }

    public void addAll(List<Problem> problems) {
        problems.forEach(this::add);
    }

    public boolean hasErrors() {
        return errors;
    }

    /**
     * The problems in file order, errors and warnings mixed as they appear in the file; after
     * a file's first {@link #MAX_PER_FILE}, one problem that says how many more it has.
     */
    public List<Problem> list() {
        List<Problem> all = new ArrayList<>();
        byFile.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            FileProblems file = entry.getValue();
            file.kept.stream().sorted(Numbered.ORDER).map(Numbered::problem).forEach(all::add);
            if (file.dropped > 0) {
                all.add(new Problem(file.droppedErrors ? Severity.ERROR : Severity.WARNING, Location.ofFile(entry.getKey()),
                        String.format(Locale.ROOT, "and %,d more problem%s in this file, not shown; fix the ones above first",
                                file.dropped, file.dropped == 1 ? "" : "s"), null));
            }
        });
        return all;
    }

    /** A problem with the order it was added in, which breaks ties between problems at one place. */
    private record Numbered(long number, Problem problem) {
        static final Comparator<Numbered> ORDER = Comparator.comparing(Numbered::problem, Problem.IN_FILE_ORDER)
                .thenComparingLong(Numbered::number);
    }

    /** One file's first problems in file order (a heap whose head is the last kept), and a count of the others. */
    private static final class FileProblems {
        final PriorityQueue<Numbered> kept = new PriorityQueue<>(Numbered.ORDER.reversed());
        long dropped;
        boolean droppedErrors;

        void add(Numbered problem) {
            kept.add(problem);
            if (kept.size() > MAX_PER_FILE) {
                Numbered last = kept.poll();
                dropped++;
                droppedErrors |= last.problem().severity() == Severity.ERROR;
            }
        }
    }
}
