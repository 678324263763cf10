package com.outcomes.bench;

import java.util.List;
import java.util.Locale;

/** RESULTS.md's rows for the cost of durable writes (issue 18, target 6): a target row and the rounds behind it. */
final class DurabilityRows {

    private DurabilityRows() {
    }

    /** Two rows of the Targets table, one column per database measured (in the order of {@code databases}). */
    static void targets(StringBuilder md, List<DurabilityBench.Results> results, List<String> databases) {
        if (results.isEmpty()) {
            return;
        }
        md.append("| durable writes: recording with every commit synced, 8 clients: ≥ 500 readings/s |");
        boolean met = true;
        for (String database : databases) {
            DurabilityBench.Results r = find(results, database);
            if (r == null) {
                md.append(" – |");
                continue;
            }
            met &= r.synced().medianPerSecond() >= ResultsReport.RECORDING_PER_SECOND;
            md.append(String.format(Locale.ROOT, " %.0f /s%s |", r.synced().medianPerSecond(),
                    r.synced().medianPerSecond() >= ResultsReport.RECORDING_PER_SECOND ? "" : " ✗"));
        }
        md.append(' ').append(met ? "met" : "**missed**").append(" |\n");
        md.append("| durable writes: what syncing costs (readings/s not synced → synced, same rounds) |");
        for (String database : databases) {
            DurabilityBench.Results r = find(results, database);
            md.append(r == null ? " – |" : String.format(Locale.ROOT, " %.0f → %.0f /s (%.0f%% kept) |",
                    r.notSynced().medianPerSecond(), r.synced().medianPerSecond(), r.kept() * 100));
        }
        md.append(" reported |\n");
    }

    /** The rounds, for "All figures". */
    static void figures(StringBuilder md, List<DurabilityBench.Results> results) {
        if (results.isEmpty()) {
            return;
        }
        md.append("\n## Durable writes (issue 18, target 6)\n\n");
        md.append(String.format(Locale.ROOT, "The recording case (%d clients) on two fresh databases of each kind that differ only in "
                + "whether a commit waits for its log to reach the disk, %d rounds each, taken in turn (not synced, synced, "
                + "synced, not synced, …). The setting column is what the database answered when asked.\n\n",
                RecordingCase.CLIENTS, DurabilityBench.ROUNDS));
        md.append("| database | commits | setting in force | readings/s per round | median readings/s | per request median (ms, median of rounds) |\n");
        md.append("|---|---|---|---|---|---|\n");
        for (DurabilityBench.Results r : results) {
            side(md, r.database(), "not synced", r.notSynced());
            side(md, r.database(), "synced (what the preview and Jira run)", r.synced());
        }
    }

    private static void side(StringBuilder md, String database, String commits, DurabilityBench.Side side) {
        md.append(String.format(Locale.ROOT, "| %s | %s | `%s` | %s | %.0f | %.1f |\n", database, commits, side.setting(),
                String.join(", ", side.rounds().stream().map(r -> String.format(Locale.ROOT, "%.0f", r.perSecond())).toList()),
                side.medianPerSecond(), side.medianLatency()));
    }

    private static DurabilityBench.Results find(List<DurabilityBench.Results> results, String database) {
        return results.stream().filter(r -> r.database().equals(database)).findFirst().orElse(null);
    }
}
