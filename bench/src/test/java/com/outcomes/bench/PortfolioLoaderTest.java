package com.outcomes.bench;

import static org.junit.Assert.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import com.outcomes.domain.Metric;
import com.outcomes.domain.MetricKind;
import com.outcomes.preview.db.DatabaseSettings;
import com.outcomes.preview.work.IssueFieldNames;
import com.outcomes.preview.work.IssuesDocument;
import com.outcomes.preview.work.IssuesDocumentParser;

public class PortfolioLoaderTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void loadingInTransactionsOfManyOutcomesStoresEveryMetricWithItsHistoryAndParent() throws Exception {
        // given a portfolio of more outcomes than one transaction takes
        int outcomes = PortfolioLoader.OUTCOMES_PER_TRANSACTION + 10;
        GeneratedPortfolio portfolio = new PortfolioGenerator(AS_OF, 5)
                .generate(new PortfolioShape("P", outcomes, 4, 1, 1, 3));
        Path file = folder.getRoot().toPath().resolve("issues.json");
        new IssuesDocumentWriter().write(file, List.of(portfolio), List.of());
        IssuesDocument document = new IssuesDocumentParser(IssueFieldNames.defaults()).read(file);
        Clock clock = Clock.fixed(AS_OF.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        DatabaseSettings settings = DatabaseSettings.embedded(folder.getRoot().toPath().resolve("db"));
        try (BenchHost host = BenchHost.open(BenchDatabase.preview(settings, "HSQLDB"), document, clock,
                new BenchUsers("P", List.of()).directory())) {
            PortfolioLoader loader = new PortfolioLoader(host.core().metricRepository(), host.core().readingRepository(),
                    clock.instant(), host.transactions());

            // when
            List<Long> ids = loader.load(portfolio);

            // then every metric is stored, in the outcomes' order, with its readings, and leading indicators follow
            // the outcome metric of their own outcome
            assertEquals(outcomes * 3, ids.size());
            List<Metric> stored = host.core().metricRepository().byIssues(portfolio.outcomeKeys());
            assertEquals(outcomes * 3, stored.size());
            assertEquals(outcomes * 3 * 3, host.core().readingRepository().seriesOf(ids).values().stream()
                    .mapToInt(List::size).sum());
            for (int o = 0; o < outcomes; o++) {
                Metric leading = host.core().metricRepository().find(ids.get(o * 3 + 1)).orElseThrow();
                assertEquals(MetricKind.LEADING, leading.definition().kind());
                assertEquals(portfolio.outcomeKeys().get(o), leading.issueKey());
                assertEquals(ids.get(o * 3), leading.definition().parentMetricId());
            }
        }
    }
}
