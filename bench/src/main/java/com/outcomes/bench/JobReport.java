package com.outcomes.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The job case's rows in RESULTS.md (issue 18 target 4): its targets with verdicts, and a table of every run. */
final class JobReport {

    static final double JOB_SECONDS = 30;

    private JobReport() {
    }

    /** Rows of the Targets table, one column per database (in the report's order). */
    static String targetRows(List<JobBench.Results> jobs, int columns) {
        if (jobs.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder();
        JobBench.Results first = jobs.get(0);
        JobBench.Run largest = first.measured().get(first.measured().size() - 1);
        row(md, jobs, columns, String.format(Locale.ROOT,
                        "job, %d metrics, %d computed over %,d issues: ≤ %.0f s", first.metrics(), largest.computedMetrics(),
                        first.issues(), JOB_SECONDS),
                j -> {
                    JobBench.Run run = last(j);
                    return String.format(Locale.ROOT, "%.1f s (%.1f s counting)%s", run.seconds(), run.countSeconds(),
                            run.seconds() <= JOB_SECONDS ? "" : " ✗");
                },
                jobs.stream().allMatch(j -> last(j).seconds() <= JOB_SECONDS));
        row(md, jobs, columns, "job: SQL reads per run independent of the metrics (each run repeated the same day: reads alone)",
                j -> j.reruns().stream().map(r -> r.selects() + " SELECT").reduce((a, b) -> a + " / " + b).orElse("–"),
                jobs.stream().allMatch(j -> j.reruns().stream().allMatch(r -> r.writes() == 0)
                        && j.reruns().stream().map(JobBench.Run::selects).distinct().count() == 1));
        row(md, jobs, columns, "job: SQL statements per run independent of the metrics (runs with work: total, per row stored)",
                j -> j.measured().stream().map(r -> String.format(Locale.ROOT, "%,d (%.1f)", r.statements(),
                        (double) r.statements() / Math.max(1, r.rowsStored()))).reduce((a, b) -> a + " / " + b).orElse("–"),
                jobs.stream().allMatch(j -> j.measured().stream().allMatch(r -> r.writes() == 0)));
        return md.toString();
    }

    /** A section of every run, before "How the figures are taken". */
    static String section(List<JobBench.Results> jobs) {
        if (jobs.isEmpty()) {
            return "";
        }
        return "\n## Compute and remind (issue 18, target 4)\n\n"
                + "`JobBench`: every metric of the large portfolio gets an owner, the first N are computed (JQL subset, "
                + "half with a `per`), one `core.job().run(asOf)` in-process a week after the last reading, then the same "
                + "day again (nothing left to do: the job's reads alone); the next size a week later. SELECT counts reads of "
                + "tables; PostgreSQL's key look-ups (`SELECT NEXTVAL`, one per insert) are counted with the inserts.\n\n"
                + "| database | computed metrics | asOf | seconds | counts / seconds counting | computed | reminders | errors "
                + "| SELECT | other | total |\n|---|---|---|---|---|---|---|---|---|---|---|\n"
                + JobBench.rows(jobs);
    }

    private static JobBench.Run last(JobBench.Results j) {
        return j.measured().get(j.measured().size() - 1);
    }

    private static void row(StringBuilder md, List<JobBench.Results> jobs, int columns, String label,
                            Function<JobBench.Results, String> value, boolean met) {
        md.append("| ").append(label).append(" |");
        for (int c = 0; c < columns; c++) {
            md.append(' ').append(c < jobs.size() ? value.apply(jobs.get(c)) : "–").append(" |");
        }
        md.append(' ').append(met ? "met" : "**missed**").append(" |\n");
    }
}
