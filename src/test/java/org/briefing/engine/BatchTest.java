package org.briefing.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.briefing.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library renders the same bytes on any number of threads, and a batch survives a bad report. */
class BatchTest {
    private static final Set<Format> ALL = EnumSet.allOf(Format.class);
    private static final Path MINIMAL = Path.of("src/test/resources/valid/minimal-report.json");
    private static final Path BAD = Path.of("src/test/resources/invalid/reports/missing-title.json");

    @Test
    void rendersFromManyThreadsAreByteIdenticalToASingleThreadedOne() throws Exception {
        Briefing briefing = Briefing.withStyle(Seed.style());
        Rendered alone = briefing.render(Seed.FILE, ALL);
        Rendered minimalAlone = briefing.render(MINIMAL, ALL);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Rendered>> futures = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                Path report = i % 3 == 2 ? MINIMAL : Seed.FILE;
                futures.add(pool.submit((Callable<Rendered>) () -> briefing.render(report, ALL)));
            }
            for (int i = 0; i < futures.size(); i++) {
                Rendered together = futures.get(i).get();
                Rendered expected = i % 3 == 2 ? minimalAlone : alone;
                for (Format format : ALL) {
                    assertArrayEquals(expected.file(format), together.file(format), format + " of render " + i);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void buildingTheDocxAndSummaryBesideThePdfGivesTheSameBytes() throws Exception {
        Briefing briefing = Briefing.withStyle(Seed.style());
        Rendered sequential = briefing.render(Seed.report(), ALL);
        ExecutorService helper = Executors.newSingleThreadExecutor();
        try {
            Rendered parallel = briefing.render(Seed.report(), ALL, helper);
            for (Format format : ALL) {
                assertArrayEquals(sequential.file(format), parallel.file(format), format.toString());
            }
            assertEquals(sequential.warnings(), parallel.warnings());
        } finally {
            helper.shutdownNow();
        }
    }

    @Test
    void aBadReportFailsAloneAndTheOthersAreWritten(@TempDir Path out) throws Exception {
        Batch batch = new Batch(Briefing.withStyle(Seed.style()), EnumSet.of(Format.PDF), out, 2);
        List<Batch.Outcome> heard = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Batch.Outcome> outcomes = batch.run(List.of(Seed.FILE, BAD, MINIMAL), heard::add);
        assertEquals(3, heard.size());
        assertEquals(List.of(true, false, true), outcomes.stream().map(Batch.Outcome::ok).toList());
        assertEquals("missing required field \"title\"", outcomes.get(1).problems().get(0).message());
        assertTrue(Files.isRegularFile(out.resolve("north-korea-2023.pdf")));
        assertTrue(Files.isRegularFile(out.resolve("minimal-report.pdf")));
        assertEquals(List.of(out.resolve("minimal-report.pdf")), outcomes.get(2).written());
    }

    @Test
    void shardsTakeEveryNthReportAndTogetherCoverAll() {
        List<String> reports = List.of("a", "b", "c", "d", "e");
        assertEquals(List.of("a", "c", "e"), Shard.parse("1/2").orElseThrow().of(reports));
        assertEquals(List.of("b", "d"), Shard.parse("2/2").orElseThrow().of(reports));
        assertEquals(reports, Shard.ALL.of(reports));
        assertTrue(Shard.parse("0/2").isEmpty());
        assertTrue(Shard.parse("3/2").isEmpty());
        assertTrue(Shard.parse("two").isEmpty());
    }
}
