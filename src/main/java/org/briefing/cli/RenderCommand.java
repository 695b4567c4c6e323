package org.briefing.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.briefing.diag.InvalidInputException;
import org.briefing.engine.Batch;
import org.briefing.engine.Briefing;
import org.briefing.engine.Format;
import org.briefing.engine.IoReason;
import org.briefing.engine.OutputFailure;
import org.briefing.engine.OutputFolder;
import org.briefing.engine.Shard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code briefing render}: reports in, documents out, on all cores. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Renders reports into out/: the PDF briefing, the DOCX handout and the one-page summary.")
final class RenderCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE|DIR", arity = "0..*",
            description = "Report files or folders of them (default: source-json/).")
    List<Path> inputs = new ArrayList<>();

    @Mixin
    StyleOption styleOption = new StyleOption();

    @Option(names = "--format", split = ",", paramLabel = "FORMAT",
            description = "Formats to write: pdf, docx, summary (default: all three).")
    List<String> formats = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out", description = "Output folder (default: out).")
    Path out = Path.of("out");

    @Option(names = "--shard", paramLabel = "I/N",
            description = "Render only the I-th of N parts of the input list (1-based), to spread a batch over machines.")
    String shard;

    @Option(names = "--threads", paramLabel = "N",
            description = "Reports rendered at once (default: one per core).")
    Integer threads;

    @Option(names = "--allow-missing-characters",
            description = "Accept characters that none of the style's fonts has: draw each as a box and warn once, "
                    + "instead of failing the report.")
    boolean allowMissingCharacters;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Set<Format> chosen = chosenFormats();
        Shard part = shard == null ? Shard.ALL : Shard.parse(shard).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "--shard takes I/N with 1 <= I <= N, e.g. 2/4; not \"" + shard + "\""));
        Briefing briefing;
        try {
            briefing = Briefing.withStyle(styleOption.load());
            if (allowMissingCharacters) {
                briefing = briefing.allowingMissingCharacters();
            }
        } catch (InvalidInputException e) {
            ProblemPrinter.print(e.problems(), stderr);
            return ExitCode.INVALID_INPUT;
        }
        Optional<Path> notAFolder = OutputFolder.fileInTheWay(out);
        if (notAFolder.isPresent()) {
            stderr.println("briefing: error: --out " + IoReason.shown(out, false) + ": "
                    + (notAFolder.get().equals(out) ? "it" : IoReason.shown(notAFolder.get(), false))
                    + " is a file; give a folder");
            return ExitCode.INVALID_INPUT;
        }
        List<Path> all = Inputs.reports(inputs);
        if (all.isEmpty()) {
            stderr.println("briefing: error: no reports found in " + Inputs.lookedIn(inputs) + " (no .json files)");
            return ExitCode.INVALID_INPUT;
        }
        List<Path> reports = part.of(all);
        List<String> collisions = Inputs.sameOutputs(reports, chosen, out);
        if (!collisions.isEmpty()) {
            collisions.forEach(stderr::println);
            return ExitCode.INVALID_INPUT;
        }
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        long start = System.nanoTime();
        List<Batch.Outcome> outcomes;
        Progress progress = Progress.of(stdout, stderr, reports.size(), Progress.onTerminal());
        try {
            outcomes = new Batch(briefing, chosen, out, workers).run(reports, progress::finished);
        } catch (OutputFailure e) {
            stderr.println("briefing: error: " + e.getMessage());
            return ExitCode.INTERNAL;
        } finally {
            progress.close();
        }
        progress.summary(outcomes, System.nanoTime() - start);
        if (outcomes.stream().anyMatch(o -> o.failure() != null)) {
            return ExitCode.INTERNAL;
        }
        return outcomes.stream().allMatch(Batch.Outcome::ok) ? ExitCode.OK : ExitCode.INVALID_INPUT;
    }

    /** The formats asked for, or all of them. */
    private Set<Format> chosenFormats() {
        if (formats.isEmpty()) {
            return EnumSet.allOf(Format.class);
        }
        Set<Format> chosen = EnumSet.noneOf(Format.class);
        for (String name : formats) {
            Optional<Format> format = Format.named(name);
            if (format.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "unknown format \"" + name
                        + "\"; the formats are pdf, docx, summary");
            }
            chosen.add(format.get());
        }
        return chosen;
    }
}
