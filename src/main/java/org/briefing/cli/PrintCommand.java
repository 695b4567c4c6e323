package org.briefing.cli;

import org.briefing.engine.Briefing;
import org.briefing.engine.Format;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javax.print.PrintException;
import javax.print.PrintService;
import org.briefing.print.Handover;
import org.briefing.print.NoPrinterException;
import org.briefing.print.PdfPrintJob;
import org.briefing.print.Printers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code briefing print FILE}: renders the briefing or its one-page summary, unless out/ has it fresh, and prints it. */
@Command(name = "print", mixinStandardHelpOptions = true,
        description = "Prints a report's PDF briefing (or its one-page summary), rendering it into out/ first "
                + "unless an up-to-date copy is there.")
final class PrintCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "0..1", description = "The report file.")
    Path report;

    @Option(names = "--summary", description = "Print the one-page summary instead of the full briefing.")
    boolean summary;

    @Option(names = "--printer", paramLabel = "NAME", description = "The printer (default: the system default).")
    String printer;

    @Option(names = "--copies", paramLabel = "N", defaultValue = "1", description = "How many copies (default: 1).")
    int copies = 1;

    @Option(names = "--list", description = "List the printers and exit.")
    boolean list;

    @Mixin
    StyleOption styleOption = new StyleOption();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
            description = "Folder of rendered files, reused while newer than the report and style (default: out).")
    Path out = Path.of("out");

    @Option(names = "--allow-missing-characters",
            description = "Accept characters that none of the style's fonts has: draw each as a box and warn once.")
    boolean allowMissingCharacters;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Printers printers = Printers.visible();
        if (list) {
            if (printers.names().isEmpty()) {
                stderr.println("briefing: error: " + NoPrinterException.noneVisible(null).getMessage());
                return ExitCode.NO_PRINTER;
            }
            printers.names().forEach(stdout::println);
            return ExitCode.OK;
        }
        if (report == null) {
            throw new ParameterException(spec.commandLine(), "Missing required parameter: 'FILE' (or give --list)");
        }
        if (copies < 1) {
            throw new ParameterException(spec.commandLine(), "--copies must be 1 or more, not " + copies);
        }
        PrintService service;
        try {
            service = printers.resolve(printer);
        } catch (NoPrinterException e) {
            stderr.println("briefing: error: " + e.getMessage());
            return ExitCode.NO_PRINTER;
        }
        Format format = summary ? Format.SUMMARY : Format.PDF;
        Path file = out.resolve(format.fileName(Briefing.baseName(report)));
        if (newerThanSources(file)) {
            stdout.println("using " + file + " (newer than the report and the style)");
        } else {
            int rendered = render(format);
            if (rendered != ExitCode.OK) {
                return rendered;
            }
        }
        try {
            Handover handover = new PdfPrintJob(file, copies, file.getFileName().toString()).sendTo(service);
            stdout.println("sent " + file + " to " + handover.describe());
            return ExitCode.OK;
        } catch (PrintException | IOException e) {
            stderr.println("briefing: error: cannot print " + file + ": " + e.getMessage());
            return ExitCode.INTERNAL;
        }
    }

    /** Renders through {@code briefing render}, so printing writes exactly what rendering does. */
    private int render(Format format) {
        List<String> arguments = new ArrayList<>(List.of(report.toString(),
                "--format", format.lowerName(), "--out", out.toString(), "--style", styleOption.style));
        if (allowMissingCharacters) {
            arguments.add("--allow-missing-characters");
        }
        return spec.parent().subcommands().get("render").execute(arguments.toArray(String[]::new));
    }

    /** Whether {@code file} exists and is newer than the report and the style file (a bundled style has none). */
    private boolean newerThanSources(Path file) throws IOException {
        List<Path> sources = new ArrayList<>(List.of(report));
        styleFile().ifPresent(sources::add);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        for (Path source : sources) {
            if (!Files.isRegularFile(source)
                    || Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(source)) <= 0) {
                return false;
            }
        }
        return true;
    }

    /** The style's file, found as StyleLoader finds it: a path, or styles/NAME.json; empty for a bundled style. */
    private Optional<Path> styleFile() {
        String style = styleOption.style;
        if (style.contains("/") || style.endsWith(".json")) {
            return Optional.of(Path.of(style));
        }
        Path named = StyleOption.STYLES_FOLDER.resolve(style + ".json");
        return Files.isRegularFile(named) ? Optional.of(named) : Optional.empty();
    }
}
