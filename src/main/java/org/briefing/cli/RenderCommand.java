package org.briefing.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.briefing.diag.InvalidInputException;
import org.briefing.load.ReportLoader;
import org.briefing.model.Report;
import org.briefing.plan.Planner;
import org.briefing.render.AtomicFile;
import org.briefing.style.Style;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code briefing render}: reports in, documents out. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Renders reports into out/: the PDF briefing, the DOCX handout and the one-page summary.")
final class RenderCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE|DIR", arity = "0..*",
            description = "Report files or folders of them (default: source-json/).")
    List<Path> inputs = new ArrayList<>();

    @Mixin
    StyleOption styleOption = new StyleOption();

    @Option(names = "--format", split = ",", paramLabel = "FORMAT",
            description = "Formats to write: pdf, docx, summary (default: every one available).")
    List<String> formats = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out", description = "Output folder (default: out).")
    Path out = Path.of("out");

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        List<OutputFormat> chosen = chosenFormats(stderr);
        if (chosen == null) {
            return ExitCode.INVALID_INPUT;
        }
        Style style;
        try {
            style = styleOption.load();
        } catch (InvalidInputException e) {
            ProblemPrinter.print(e.problems(), stderr);
            return ExitCode.INVALID_INPUT;
        }
        int exit = ExitCode.OK;
        for (Path file : Inputs.reports(inputs)) {
            try {
                Report report = ReportLoader.load(file);
                RenderJob job = new RenderJob(Planner.plan(report, style));
                for (OutputFormat format : chosen) {
                    Path target = out.resolve(format.fileName(Inputs.baseName(file)));
                    List<String> warnings = new ArrayList<>();
                    OutputFormat.Renderer renderer = format.renderer().orElseThrow();
                    AtomicFile.write(target, stream -> warnings.addAll(renderer.render(job, stream)));
                    warnings.forEach(w -> stderr.println(file + ": warning: " + w));
                    stdout.println("wrote " + target);
                }
                if (chosen.isEmpty()) {
                    stdout.println(file + ": ok (no output format is available yet)");
                }
            } catch (InvalidInputException e) {
                ProblemPrinter.print(e.problems(), stderr);
                exit = ExitCode.INVALID_INPUT;
            }
        }
        return exit;
    }

    /** The formats asked for, or every available one; null (after a message) when one is unknown. */
    private List<OutputFormat> chosenFormats(PrintWriter stderr) {
        if (formats.isEmpty()) {
            return Arrays.stream(OutputFormat.values()).filter(f -> f.renderer().isPresent()).toList();
        }
        List<OutputFormat> chosen = new ArrayList<>();
        for (String name : formats) {
            OutputFormat format = Arrays.stream(OutputFormat.values())
                    .filter(f -> f.name().equalsIgnoreCase(name.strip())).findFirst().orElse(null);
            if (format == null || format.renderer().isEmpty()) {
                stderr.println("briefing: error: unknown or unavailable format \"" + name + "\"; available: "
                        + String.join(", ", Arrays.stream(OutputFormat.values()).filter(f -> f.renderer().isPresent())
                                .map(f -> f.name().toLowerCase(java.util.Locale.ROOT)).toList()));
                return null;
            }
            chosen.add(format);
        }
        return chosen;
    }
}
