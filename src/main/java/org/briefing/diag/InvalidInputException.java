package org.briefing.diag;

import java.util.List;

/** Thrown when an input has errors; carries every problem found, not just the first. */
public final class InvalidInputException extends Exception {
    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.size() + " problem(s), first: " + (problems.isEmpty() ? "" : problems.get(0).format()));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
