package org.briefing.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.briefing.diag.InvalidInputException;
import org.briefing.load.ReportLoader;
import org.briefing.plan.Plan;
import org.briefing.plan.Planner;
import org.briefing.render.text.MarkdownRenderer;
import org.briefing.render.text.TextRenderer;
import org.briefing.style.Style;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code briefing summary FILE}: the report's summary in the terminal, as plain text or Markdown. */
@Command(name = "summary", mixinStandardHelpOptions = true,
        description = "Prints a report's title, lead, key points, key figures and outline.")
final class SummaryCommand implements Callable<Integer> {

    /** The summary's forms; lower-case because they are the words a user types and picocli matches them exactly. */
    enum Format { text, markdown }

    @Parameters(paramLabel = "FILE", description = "The report file.")
    Path report;

    @Mixin
    StyleOption styleOption = new StyleOption();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); Markdown is a document to paste "
                    + "into a ticket or an e-mail.")
    Format format = Format.text;

    @Option(names = "--width", paramLabel = "N",
            description = "Line width of the text form (default: the terminal's, or 80).")
    Integer width;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (width != null && width < TextRenderer.MIN_WIDTH) {
            throw new ParameterException(spec.commandLine(),
                    "--width must be at least " + TextRenderer.MIN_WIDTH + ", not " + width);
        }
        try {
            Style style = styleOption.load();
            Plan plan = Planner.plan(ReportLoader.load(report), style);
            String summary = switch (format) {
                case text -> TextRenderer.render(plan, width == null ? Math.max(TextRenderer.MIN_WIDTH, TerminalWidth.current()) : width);
                case markdown -> MarkdownRenderer.render(plan);
            };
            spec.commandLine().getOut().print(summary);
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        } catch (InvalidInputException e) {
            ProblemPrinter.print(e.problems(), spec.commandLine().getErr());
            return ExitCode.INVALID_INPUT;
        }
    }
}
