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

import com.outcomes.preview.auth.UserDirectory;
import com.outcomes.preview.db.DatabaseSettings;
import com.outcomes.preview.work.IssueFieldNames;
import com.outcomes.preview.work.IssuesDocument;
import com.outcomes.preview.work.IssuesDocumentParser;
import com.outcomes.service.JobResult;

public class JobBenchTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void runsComputeTheComputedMetricsRemindTheOthersAndARerunOnlyReads() throws Exception {
        // given a portfolio of 6 weekly metrics over 400 issues, stored in HSQLDB
        GeneratedPortfolio portfolio = new PortfolioGenerator(AS_OF, 3).generate(new PortfolioShape("P", 2, 1, 2, 100, 4));
        Path file = folder.getRoot().toPath().resolve("issues.json");
        new IssuesDocumentWriter().write(file, List.of(portfolio), List.of());
        IssuesDocument document = new IssuesDocumentParser(IssueFieldNames.defaults()).read(file);
        UserDirectory users = new BenchUsers("P", List.of()).directory();
        DatabaseSettings settings = DatabaseSettings.embedded(folder.getRoot().toPath().resolve("db"));
        Clock clock = Clock.fixed(AS_OF.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        try (BenchHost host = BenchHost.open(BenchDatabase.preview(settings, "HSQLDB"), document, clock, users)) {
            new PortfolioLoader(host.core().metricRepository(), host.core().readingRepository(), clock.instant()).load(portfolio);
        }

        // when the job runs with 2, then 4 computed metrics, each run repeated the same day
        JobBench.Results results;
        try (BenchDatabase database = BenchDatabase.preview(settings, "HSQLDB")) {
            results = new JobBench(document, users).run(database, portfolio, AS_OF, List.of(2, 4));
        }

        // then each run computes its computed metrics and reminds the owner of the others; the rerun only reads
        assertEquals(6, results.metrics());
        List<JobBench.Run> runs = results.runs();
        assertEquals(4, runs.size());
        assertEquals(new JobResult(2, 4, 0), runs.get(0).result());
        assertEquals(AS_OF.plusDays(7), runs.get(0).asOf());
        assertEquals(3, runs.get(0).counts());
        assertEquals(new JobResult(0, 0, 0), runs.get(1).result());
        assertTrue(runs.get(1).rerun());
        assertEquals(new JobResult(4, 2, 0), runs.get(2).result());
        assertEquals(AS_OF.plusDays(14), runs.get(2).asOf());
        assertTrue(runs.get(2).writes() > 0);
        for (JobBench.Run rerun : results.reruns()) {
            assertEquals(new JobResult(0, 0, 0), rerun.result());
            assertEquals(0, rerun.writes());
            assertEquals(5, rerun.selects());
            assertEquals(0, rerun.counts());
        }
        assertTrue(JobReport.targetRows(List.of(results), 1).contains("| job: SQL reads per run"));
    }
}
