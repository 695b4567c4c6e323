package org.briefing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * A small tmpfs mounted on a test's folder, to give a test a really full disk or a really
 * read-only folder (root ignores permission bits, so chmod cannot). Needs root and mount; the
 * test is skipped, with the reason, where either is missing. CI runs as root.
 */
public final class Tmpfs implements AutoCloseable {
    private final Path point;

    private Tmpfs(Path point) {
        this.point = point;
    }

    /** Mounts a tmpfs with {@code options} (e.g. "size=64k" or "ro") on the existing folder {@code point}. */
    public static Tmpfs mount(Path point, String options) throws IOException, InterruptedException {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
                "mounting a tmpfs needs root; running as " + System.getProperty("user.name"));
        Result result = run("mount", "-t", "tmpfs", "-o", options, "tmpfs", point.toString());
        Assumptions.assumeTrue(result.exit == 0, "mount -t tmpfs is not available here: " + result.output);
        return new Tmpfs(point);
    }

    /** Remounts it with other options, e.g. "remount,ro" after the test filled it. */
    public void remount(String options) throws IOException, InterruptedException {
        Result result = run("mount", "-o", options, point.toString());
        if (result.exit != 0) {
            throw new IOException("mount -o " + options + " failed: " + result.output);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        Result result = run("umount", point.toString());
        if (result.exit != 0) {
            throw new IOException("umount " + point + " failed: " + result.output);
        }
    }

    private record Result(int exit, String output) {}

    private static Result run(String... command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return new Result(-1, e.getMessage());
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return new Result(process.waitFor(), output);
    }
}
