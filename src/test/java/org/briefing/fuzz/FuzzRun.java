package org.briefing.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The bounded run's settings and the real files it mutates. {@code -Dfuzz.seed=N} picks another
 * fixed seed, {@code -Dfuzz.scale=K} runs K times as many cases (the fuzz profile sets 20).
 * A failing case keeps its input in target/fuzz-findings/ to become a named fixture.
 */
final class FuzzRun {
    static final long SEED = Long.getLong("fuzz.seed", 9L);
    static final int SCALE = Integer.getInteger("fuzz.scale", 1);
    static final Path FINDINGS = Path.of("target", "fuzz-findings");

    /** The real reports the mutations start from. */
    static final List<String> REPORTS = List.of(
            read("src/test/resources/valid/minimal-report.json"), read("source-json/north-korea-2023.json"));
    /** The shipped styles the mutations start from. */
    static final List<String> STYLES = List.of(read("styles/briefing.json"), read("styles/print.json"),
            read("styles/handout.json"));
    static final List<String> STYLE_NAMES = List.of("briefing", "print", "handout");

    private FuzzRun() {}

    /** Case numbers 0 to {@code cases × scale - 1}. */
    static Stream<Integer> cases(int cases) {
        return IntStream.range(0, cases * SCALE).boxed();
    }

    static Choices choices(int index) {
        return Choices.seeded(SEED, index);
    }

    /** Runs {@code property}; when it fails the input is kept and the message says where. */
    static void keep(String target, String suffix, byte[] input, Runnable property) {
        try {
            property.run();
        } catch (AssertionError failure) {
            String name = target + "-" + Integer.toHexString(java.util.Arrays.hashCode(input)) + suffix;
            try {
                Files.createDirectories(FINDINGS);
                Files.write(FINDINGS.resolve(name), input);
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
            AssertionError kept = new AssertionError(failure.getMessage() + " [input kept as " + FINDINGS.resolve(name)
                    + "; seed " + SEED + "]", failure.getCause());
            throw kept;
        }
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
