package com.outcomes.bench;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import com.outcomes.preview.work.IssueFieldNames;
import com.outcomes.preview.work.IssuesDocument;
import com.outcomes.preview.work.IssuesDocumentParser;

public class DurabilityBenchTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void hsqldbSidesDifferOnlyInTheWriteDelayTheDatabaseReportsAndRecordEveryRound() throws Exception {
        // given the bench's single-metric issues and a tiny recording case (1 warm-up post, 3 timed posts per client)
        Path file = folder.getRoot().toPath().resolve("issues.json");
        new IssuesDocumentWriter().write(file, List.of(), Workload.benchIssues());
        IssuesDocument document = new IssuesDocumentParser(IssueFieldNames.defaults()).read(file);
        BenchConfig config = new BenchConfig(1, 30, 3, 10, new BenchConfig.Concurrency(1, 1, 0, 1, 0.5),
                new BenchConfig.Scale(0, 1));
        Clock clock = Clock.fixed(AS_OF.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        DurabilityBench bench = new DurabilityBench(config, document, clock, new BenchUsers("P", List.of()).directory(), AS_OF);

        // when both HSQLDB sides are measured
        DurabilityBench.Results results = bench.hsqldb(folder.getRoot().toPath());

        // then the database itself says one side waits 500 ms and the other syncs every commit
        assertEquals("hsqldb.write_delay_millis=500", results.notSynced().setting());
        assertEquals("hsqldb.write_delay_millis=0", results.synced().setting());
        // and each side recorded every round with all clients' timed posts
        for (DurabilityBench.Side side : List.of(results.notSynced(), results.synced())) {
            assertEquals(DurabilityBench.ROUNDS, side.rounds().size());
            side.rounds().forEach(round -> assertEquals(RecordingCase.CLIENTS * 3, round.readings()));
            assertTrue(side.medianPerSecond() > 0);
        }
        StringBuilder md = new StringBuilder();
        DurabilityRows.targets(md, List.of(results), List.of("HSQLDB", "PostgreSQL"));
        assertTrue(md.toString(), md.toString().startsWith("| durable writes: recording with every commit synced"));
        assertTrue(md.toString(), md.toString().contains("| – |"));
    }
}
