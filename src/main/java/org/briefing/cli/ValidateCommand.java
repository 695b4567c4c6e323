package org.briefing.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.briefing.diag.InvalidInputException;
import org.briefing.load.ReportLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code briefing validate FILE...}: checks reports and prints every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks report files and prints every problem, one per line.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE|DIR", arity = "0..*",
            description = "Report files or folders of them (default: source-json/).")
    List<Path> inputs = new ArrayList<>();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        int exit = ExitCode.OK;
        List<Path> reports = Inputs.reports(inputs);
        if (reports.isEmpty()) {
            spec.commandLine().getErr().println("briefing: error: no reports found in " + Inputs.lookedIn(inputs)
                    + " (no .json files)");
            return ExitCode.INVALID_INPUT;
        }
        for (Path report : reports) {
            try {
                ReportLoader.load(report);
                spec.commandLine().getOut().println(report + ": ok");
            } catch (InvalidInputException e) {
                ProblemPrinter.print(e.problems(), spec.commandLine().getErr());
                exit = ExitCode.INVALID_INPUT;
            }
        }
        return exit;
    }
}
