package com.outcomes.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import com.outcomes.preview.db.DatabaseSettings;
import com.outcomes.preview.work.IssueFieldNames;
import com.outcomes.preview.work.IssuesDocumentParser;

/**
 * Not a test: a developer's tool to time the preview's start on one portfolio without the whole benchmark run.
 * {@code java -cp bench/target/outcomes-bench.jar:<compiled test class> com.outcomes.bench.PreviewStartProbe
 * WORK_DIR OUTCOMES HEAP_MB RUNS [generate]}: with {@code generate}, writes {@code issues-large.json} (project
 * {@code HUGE}, {@link PortfolioShape#of}) and loads its metrics into {@code WORK_DIR/hsqldb} the way the benchmark
 * does; then starts the shaded preview jar {@code RUNS} times with {@link PreviewProcess} and prints each measurement.
 */
public final class PreviewStartProbe {

    private PreviewStartProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path workDir = Path.of(args[0]);
        int outcomes = Integer.parseInt(args[1]);
        int heapMb = Integer.parseInt(args[2]);
        int runs = Integer.parseInt(args[3]);
        boolean generate = args.length > 4 && "generate".equals(args[4]);
        // a fixed day: the generated document and database are reused across runs of the probe
        LocalDate asOf = LocalDate.of(2026, 1, 15);
        Clock clock = Clock.fixed(asOf.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        PortfolioShape shape = PortfolioShape.of("HUGE", outcomes);
        Path document = workDir.resolve("issues-large.json");
        Path hsqlDir = workDir.resolve("hsqldb");
        if (generate) {
            Files.createDirectories(workDir);
            long started = System.nanoTime();
            GeneratedPortfolio portfolio = new PortfolioGenerator(asOf, 20261).generate(shape);
            new IssuesDocumentWriter().write(document, List.of(portfolio), Workload.benchIssues());
            System.out.printf("generated %d issues in %.1f s (%d MB)%n", shape.issues(),
                    (System.nanoTime() - started) / 1e9, Files.size(document) >> 20);
            BenchMain.deleteTree(hsqlDir);
            BenchUsers users = new BenchUsers(shape.project(), List.of());
            try (BenchHost host = BenchHost.open(BenchDatabase.preview(DatabaseSettings.embedded(hsqlDir), "HSQLDB"),
                    new IssuesDocumentParser(IssueFieldNames.defaults()).read(document), clock, users.directory())) {
                new Workload(asOf, portfolio, List.of()).load(
                        new PortfolioLoader(host.core().metricRepository(), host.core().readingRepository(), clock.instant()));
            }
            System.out.printf("loaded in %.1f s%n", (System.nanoTime() - started) / 1e9);
        }
        String query = "/dashboard?project=" + shape.project() + "&weeks=" + DatabaseBench.WEEKS + "&asOf=" + asOf;
        PreviewProcess preview = new PreviewProcess(Path.of("preview/target/outcomes-preview.jar"), workDir, heapMb);
        for (int run = 0; run < runs; run++) {
            PreviewProcess.Measurement m = preview.measure(document, hsqlDir, query, shape.issues());
            System.out.printf("start %.2f s, heap after full GC %d MB, peak %d MB (-Xmx%dm, %d issues)%n",
                    m.startMillis() / 1000, m.heapAfterGcMb(), m.peakHeapMb(), m.maxHeapMb(), m.issues());
        }
    }
}
