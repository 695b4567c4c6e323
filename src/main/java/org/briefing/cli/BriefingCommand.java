package org.briefing.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.briefing.engine.IoReason;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code briefing} command; with no subcommand it renders every report in {@code source-json/}. */
@Command(name = "briefing", mixinStandardHelpOptions = true, versionProvider = BriefingCommand.Version.class,
        description = "Renders report JSON into a PDF briefing, a DOCX handout and summaries.",
        subcommands = {RenderCommand.class, ValidateCommand.class, SummaryCommand.class, PrintCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:the machine: a folder that cannot be written, a full disk; or a bug",
            "2:invalid input: report, style or command line, or no reports found",
            "3:no printer available, or the named one is unknown"})
public final class BriefingCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return spec.commandLine().getSubcommands().get("render").execute();
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; tests call this instead of {@link #main}. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new BriefingCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            IOException io = IoReason.cause(e);
            // The machine's trouble (a folder that cannot be read, a full disk) in its own words; anything else is a bug.
            err.println(io != null ? "briefing: error: " + IoReason.sentence(io) : "briefing: internal error: " + e);
            if (System.getenv("BRIEFING_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return ExitCode.INTERNAL;
        });
        return cli.execute(args);
    }

    /** Reads the version from the jar's manifest, which Maven fills from the POM. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = BriefingCommand.class.getPackage().getImplementationVersion();
            return new String[] {"briefing " + (version == null ? "(development build)" : version)};
        }
    }
}
