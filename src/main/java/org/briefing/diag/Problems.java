package org.briefing.diag;

import java.util.ArrayList;
import java.util.List;

/** Collects problems while an input is read, so the user sees all of them at once. */
public final class Problems {
    private final List<Problem> found = new ArrayList<>();

    public void add(Problem problem) {
        found.add(problem);
    }

    public void error(Location location, String message) {
        add(Problem.error(location, message));
    }

    public void error(Location location, String message, String hint) {
        add(Problem.error(location, message, hint));
    }

    public void addAll(List<Problem> problems) {
        found.addAll(problems);
    }

    public boolean hasErrors() {
        return found.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }

    /** The problems in file order, errors and warnings mixed as they appear in the file. */
    public List<Problem> list() {
        return found.stream().sorted(Problem.IN_FILE_ORDER).toList();
    }
}
