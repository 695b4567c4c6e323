package org.briefing.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.briefing.Seed;
import org.briefing.engine.Briefing;
import org.briefing.engine.Format;
import org.briefing.engine.Rendered;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar as a user runs it: real processes, real exit codes, real permissions. */
class JarProcessIT {
    private static final Path JAR = Path.of("target/briefing.jar").toAbsolutePath();
    private static final String JAVA = ProcessHandle.current().info().command().orElse("java");
    private static final String MINIMAL = "src/test/resources/valid/minimal-report.json";
    /** The launcher's options: measured faster for short runs (README, Performance). */
    private static final List<String> JVM = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(JAVA));
        command.addAll(JVM);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path err = Files.createTempFile("briefing-it", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "finished");
            return new Run(process.exitValue(), out, Files.readString(err));
        } finally {
            Files.delete(err);
        }
    }

    @Test
    void usageAndEnvironmentErrorsGiveTheirExitCodes(@TempDir Path dir) throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Run none = run("render", empty.toString(), "--out", dir.resolve("out").toString());
        assertEquals(ExitCode.INVALID_INPUT, none.exit());
        assertEquals("briefing: error: no reports found in " + empty + "/ (no .json files)\n", none.err());

        Path file = Files.writeString(dir.resolve("out.pdf"), "x");
        Run outIsAFile = run("render", MINIMAL, "--out", file.toString());
        assertEquals(ExitCode.INVALID_INPUT, outIsAFile.exit());
        assertEquals("briefing: error: --out " + file + ": it is a file; give a folder\n", outIsAFile.err());

        Path out = Files.createDirectories(dir.resolve("out/minimal-report.pdf")).getParent();
        Run folderInTheWay = run("render", MINIMAL, "--out", out.toString());
        assertEquals(ExitCode.INTERNAL, folderInTheWay.exit());
        assertEquals(MINIMAL + ": error: cannot replace " + out.resolve("minimal-report.pdf") + ": it is a folder\n",
                folderInTheWay.err());
    }

    @Test
    void aFolderTheUserMayNotWriteIsPermissionDenied(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "needs root to run a process as nobody");
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "needs setpriv (util-linux)");
        // A copy of the jar, its libraries and a report that user nobody can read, and a folder it cannot write.
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path app = Files.createDirectory(dir.resolve("app"));
        Files.copy(JAR, app.resolve("briefing.jar"));
        Path lib = Files.createDirectory(app.resolve("lib"));
        try (Stream<Path> jars = Files.list(JAR.resolveSibling("lib"))) {
            for (Path jar : jars.toList()) {
                Files.copy(jar, lib.resolve(jar.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        Files.copy(Path.of(MINIMAL), dir.resolve("minimal-report.json"));
        Path out = Files.createDirectory(dir.resolve("out"));
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
        List<String> asNobody = List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups");
        List<String> command = new ArrayList<>(asNobody);
        command.add(JAVA);
        command.addAll(JVM);
        command.addAll(List.of("-jar", app.resolve("briefing.jar").toString(), "render", "minimal-report.json",
                "--out", "out"));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(ExitCode.INTERNAL, process.exitValue(), output);
        assertEquals("briefing: error: cannot write to out/: permission denied\n", output);
        try (Stream<Path> left = Files.list(out)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void twoProcessesWritingOneFolderAtOnceLeaveWholeIdenticalFiles(@TempDir Path out) throws Exception {
        List<String> command = new ArrayList<>(List.of(JAVA));
        command.addAll(JVM);
        command.addAll(List.of("-jar", JAR.toString(), "render", Seed.FILE.toString(), MINIMAL, "--out", out.toString()));
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            processes.add(new ProcessBuilder(command).redirectErrorStream(true).start());
        }
        for (Process process : processes) {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(120, TimeUnit.SECONDS));
            assertEquals(0, process.exitValue(), output);
            assertTrue(output.contains("2 reports, 6 files written, 0 failed"), output);
        }
        Briefing briefing = Briefing.withStyle(Seed.style());
        for (Path report : List.of(Seed.FILE, Path.of(MINIMAL))) {
            Rendered expected = briefing.render(report, EnumSet.allOf(Format.class));
            for (Format format : Format.values()) {
                Path file = out.resolve(format.fileName(Briefing.baseName(report)));
                assertArrayEquals(expected.file(format), Files.readAllBytes(file), file.toString());
            }
        }
        try (Stream<Path> names = Files.list(out)) {
            assertEquals(6, names.count(), "the six files and no staging folder");
        }
    }

}
