package org.briefing.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.briefing.diag.InvalidInputException;
import org.briefing.load.ReportLoader;
import org.briefing.plan.Planner;
import org.briefing.render.text.TextRenderer;
import org.briefing.style.Style;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code briefing summary FILE}: the report's summary in the terminal. */
@Command(name = "summary", mixinStandardHelpOptions = true,
        description = "Prints a report's title, lead, key points, key figures and outline.")
final class SummaryCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The report file.")
    Path report;

    @Mixin
    StyleOption styleOption = new StyleOption();

    @Option(names = "--width", description = "Line width (default: the terminal's, or 80).")
    Integer width;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try {
            Style style = styleOption.load();
            var plan = Planner.plan(ReportLoader.load(report), style);
            spec.commandLine().getOut().print(TextRenderer.render(plan, width == null ? terminalWidth() : width));
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        } catch (InvalidInputException e) {
            ProblemPrinter.print(e.problems(), spec.commandLine().getErr());
            return ExitCode.INVALID_INPUT;
        }
    }

    /** $COLUMNS when a terminal sets it, else 80. */
    private static int terminalWidth() {
        String columns = System.getenv("COLUMNS");
        if (System.console() != null && columns != null && columns.matches("\\d{2,3}")) {
            return Integer.parseInt(columns);
        }
        return 80;
    }
}
