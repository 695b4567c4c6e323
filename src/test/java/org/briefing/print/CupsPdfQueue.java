package org.briefing.print;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A CUPS-PDF queue on this machine, as the print test uses it: whether CUPS answers, where the
 * queue writes the PDFs it "prints", and when its queue is empty.
 */
record CupsPdfQueue(String name, List<Path> outputFolders) {
    /** The queue .ci/run creates; BRIEFING_TEST_PRINTER names another. */
    static final String DEFAULT_NAME = "briefing-pdf";
    static final Path CONFIG = Path.of("/etc/cups/cups-pdf.conf");
    private static final Pattern SETTING = Pattern.compile("^\\s*(Out|AnonDirName)\\s+(\\S.*?)\\s*$");

    /**
     * The queue, or the test skipped saying why; where .ci/run set the queue up
     * (BRIEFING_PRINT_TEST_REQUIRED) a missing piece fails the test instead.
     */
    static CupsPdfQueue find() {
        String name = System.getenv().getOrDefault("BRIEFING_TEST_PRINTER", DEFAULT_NAME);
        Command scheduler = Command.run("lpstat", "-r");
        require(scheduler.ran(), "CUPS's lpstat is not installed (Debian: cups-client; .ci/run installs cups)");
        require(scheduler.output().contains("scheduler is running"),
                "no CUPS server is reachable: lpstat -r says \"" + scheduler.output().strip() + "\"");
        Command device = Command.run("lpstat", "-v", name);
        require(device.exit() == 0, "CUPS has no queue \"" + name + "\" (" + device.output().strip()
                + "); docs/printing.md says how to add one, or set BRIEFING_TEST_PRINTER");
        require(device.output().contains("cups-pdf:"), "queue \"" + name + "\" is not a CUPS-PDF queue: "
                + device.output().strip());
        require(Files.isReadable(CONFIG), CONFIG + " is missing: is printer-driver-cups-pdf installed?");
        require(Files.isExecutable(Path.of("/usr/bin/lpr")),
                "/usr/bin/lpr, through which the JDK prints, is missing (Debian: cups-bsd)");
        return new CupsPdfQueue(name, outputFolders(readConfig()));
    }

    private static void require(boolean condition, String why) {
        if (System.getenv("BRIEFING_PRINT_TEST_REQUIRED") != null) {
            assertTrue(condition, why + " (.ci/run set the queue up, so this must not happen)");
        } else {
            assumeTrue(condition, why);
        }
    }

    private static List<String> readConfig() {
        try {
            return Files.readAllLines(CONFIG, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + CONFIG, e);
        }
    }

    /**
     * Where CUPS-PDF puts this user's files: its {@code Out} setting (default
     * /var/spool/cups-pdf/${USER}; for root on Debian ${HOME}/PDF, i.e. /root/PDF), and the
     * anonymous folder in case CUPS-PDF does not know the user.
     */
    static List<Path> outputFolders(List<String> config) {
        String out = "/var/spool/cups-pdf/${USER}";
        String anonymous = "/var/spool/cups-pdf/ANONYMOUS";
        for (String line : config) {
            Matcher setting = SETTING.matcher(line);
            if (setting.matches() && setting.group(1).equals("Out")) {
                out = setting.group(2);
            } else if (setting.matches()) {
                anonymous = setting.group(2);
            }
        }
        Set<Path> folders = new LinkedHashSet<>();
        folders.add(Path.of(expand(out)));
        folders.add(Path.of(expand("/var/spool/cups-pdf/${USER}")));
        folders.add(Path.of(anonymous));
        return List.copyOf(folders);
    }

    private static String expand(String setting) {
        return setting.replace("${HOME}", System.getProperty("user.home"))
                .replace("${USER}", System.getProperty("user.name"));
    }

    /** Every PDF now in the output folders. */
    Set<Path> pdfs() {
        Set<Path> found = new LinkedHashSet<>();
        for (Path folder : outputFolders) {
            if (Files.isDirectory(folder) && Files.isReadable(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    files.filter(f -> f.getFileName().toString().endsWith(".pdf")).forEach(found::add);
                } catch (IOException e) {
                    // A folder we may not read is one CUPS-PDF does not write this user's files to.
                }
            }
        }
        return found;
    }

    /** Jobs still in the queue, one per line; empty when the queue is idle. */
    String jobs() {
        return Command.run("lpstat", "-o", name).output().strip();
    }

    /** Waits until a PDF not in {@code before} has arrived and the queue is empty; fails with CUPS's view if not. */
    Path awaitNewPdf(Set<Path> before, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long lastSize = -1;
        while (System.nanoTime() < deadline) {
            List<Path> fresh = new ArrayList<>(pdfs());
            fresh.removeAll(before);
            if (!fresh.isEmpty() && jobs().isEmpty()) {
                Path newest = fresh.stream().max(Comparator.comparingLong(CupsPdfQueue::modified)).orElseThrow();
                long size = sizeOf(newest);
                if (size > 0 && size == lastSize) {
                    return newest;
                }
                lastSize = size;
            }
            Thread.sleep(500);
        }
        return fail("no new PDF from queue \"" + name + "\" within " + timeout.toSeconds() + " s in " + outputFolders
                + "\n" + diagnostics());
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    /** What CUPS says about the queue, and the ends of its logs, for a failure message. */
    String diagnostics() {
        StringBuilder text = new StringBuilder();
        text.append("lpstat -o: ").append(jobs()).append('\n');
        text.append("lpstat -p: ").append(Command.run("lpstat", "-p", name).output().strip()).append('\n');
        for (String log : List.of("/var/log/cups/error_log", "/var/log/cups/cups-pdf-" + name + "_log",
                "/var/log/cups/cups-pdf_log")) {
            try {
                List<String> lines = Files.readAllLines(Path.of(log), StandardCharsets.ISO_8859_1);
                text.append(log).append(" (end):\n")
                        .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size())))
                        .append('\n');
            } catch (IOException e) {
                text.append(log).append(": not readable\n");
            }
        }
        return text.toString();
    }

    /** One run of a CUPS command, in the C locale so its words can be matched. */
    record Command(boolean ran, int exit, String output) {
        static Command run(String... command) {
            Path log = null;
            try {
                // Output goes to a file, so a command that hangs cannot block the read past the timeout.
                log = Files.createTempFile("briefing-cups", ".txt");
                ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(log.toFile());
                builder.environment().put("LC_ALL", "C");
                Process process = builder.start();
                boolean ended = process.waitFor(30, TimeUnit.SECONDS);
                if (!ended) {
                    process.destroyForcibly();
                }
                String output = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
                return ended ? new Command(true, process.exitValue(), output)
                        : new Command(true, -1, output + " (timed out)");
            } catch (IOException e) {
                return new Command(false, -1, e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Command(false, -1, "interrupted");
            } finally {
                if (log != null) {
                    log.toFile().delete();
                }
            }
        }
    }
}
