package com.outcomes.bench;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import com.outcomes.domain.OutputWindow;
import com.outcomes.port.EpicWork;
import com.outcomes.port.IssueRef;
import com.outcomes.port.Portfolio;
import com.outcomes.preview.work.IssueFieldNames;
import com.outcomes.preview.work.IssuesDocument;
import com.outcomes.preview.work.IssuesDocumentParser;
import com.outcomes.preview.work.IssuesDocumentWorkTracker;

public class PortfolioGeneratorTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void largePortfolioHasTheSizeOfTheBrief() {
        // when
        GeneratedPortfolio large = new PortfolioGenerator(AS_OF, 1).generate(PortfolioShape.of("BIG", 200));

        // then
        assertEquals(40, large.challengeKeys().size());
        assertEquals(200, large.outcomes().size());
        assertEquals(600, large.outcomes().stream().mapToInt(o -> o.metrics().size()).sum());
        assertEquals(62_400, large.readingCount());
        assertEquals(2_000, large.epicKeys().size());
        assertEquals(200_000, large.issueKeys().length);
    }

    @Test
    public void scalePortfolioHasTheSizeOfIssue18Target3() {
        // when
        PortfolioShape scale = PortfolioShape.of(BenchMain.SCALE_PROJECT, 1000);

        // then: 1,000 outcomes, 3,000 metrics, 312,000 readings, 10,000 epics, 1,000,000 issues
        assertEquals(3_000, scale.metrics());
        assertEquals(312_000, scale.readings());
        assertEquals(10_000, scale.epics());
        assertEquals(1_000_000, scale.issues());
    }

    @Test
    public void writtenDocumentReadsBackThroughThePreviewsParser() throws Exception {
        // given a small portfolio written as an issues document
        GeneratedPortfolio portfolio = new PortfolioGenerator(AS_OF, 7).generate(PortfolioShape.of("P", 10));
        Path file = folder.getRoot().toPath().resolve("issues.json");
        new IssuesDocumentWriter().write(file, List.of(portfolio), List.of("BENCH-1"));

        // when the preview reads it
        IssuesDocument document = new IssuesDocumentParser(IssueFieldNames.defaults()).read(file);
        IssuesDocumentWorkTracker tracker = new IssuesDocumentWorkTracker(document);
        Portfolio read = tracker.portfolio("P");
        Map<String, List<IssueRef>> epics = tracker.epicsOf(portfolio.outcomeKeys());
        List<EpicWork> work = tracker.epicWork(epics.values().stream().flatMap(List::stream).toList(),
                OutputWindow.ending(LocalDate.of(2026, 11, 23), 12));

        // then challenges, outcomes, links, epics and issues are all there
        assertTrue(Files.size(file) > 0);
        assertEquals(2, read.challenges().size());
        assertEquals(10, read.outcomes().size());
        assertEquals(10, read.challengeOfOutcome().size());
        assertEquals(100, work.size());
        assertEquals(10_000, work.stream().mapToInt(EpicWork::total).sum());
        long done = java.util.Arrays.stream(portfolio.issueResolvedOn()).filter(d -> d != GeneratedPortfolio.UNRESOLVED).count();
        assertEquals(done, work.stream().mapToInt(EpicWork::done).sum());
        assertTrue(document.issue("BENCH-1").isPresent());
    }
}
