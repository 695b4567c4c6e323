package org.briefing.cli;

import java.io.PrintWriter;
import java.util.List;
import org.briefing.diag.Problem;

/** Prints problems one per line, the form editors and CI logs understand. */
final class ProblemPrinter {
    private ProblemPrinter() {}

    static void print(List<Problem> problems, PrintWriter err) {
        problems.forEach(p -> err.println(p.format()));
        err.flush();
    }
}
