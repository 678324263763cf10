package com.outcomes.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.outcomes.domain.MetricDefinition;
import com.outcomes.domain.MetricKind;
import com.outcomes.preview.auth.UserDirectory;
import com.outcomes.preview.db.DatabaseSettings;
import com.outcomes.preview.work.IssuesDocument;

/**
 * Issue 18, target 6: what a commit that waits for the disk costs recording. The recording case runs on two fresh
 * databases of the same kind that differ only in that: "synced" is what the preview opens (HSQLDB with no write
 * delay; PostgreSQL's default {@code synchronous_commit=on}), "not synced" lets commits return before their log
 * reaches the disk (HSQLDB's default 500 ms write delay — the preview before issue 12 —; PostgreSQL's
 * {@code synchronous_commit=off}). Rounds alternate (not, synced, synced, not, not, synced) so that the machine's drift
 * falls on both alike; each database is asked what it is set to, so the report shows the setting in force, not the one
 * meant.
 */
public final class DurabilityBench {

    private static final Logger LOG = LoggerFactory.getLogger(DurabilityBench.class);
    static final int ROUNDS = 3;

    /** One side of the comparison: the setting read back from the database and the recording of each round. */
    public record Side(String setting, List<DatabaseResults.Recording> rounds) {

        public double medianPerSecond() {
            return Samples.median(rounds.stream().mapToDouble(DatabaseResults.Recording::perSecond).toArray());
        }

        public double medianLatency() {
            return Samples.median(rounds.stream().mapToDouble(r -> r.latency().median()).toArray());
        }
    }

    public record Results(String database, Side notSynced, Side synced) {

        /** Share of the not-synced throughput that syncing keeps (1 = free). */
        public double kept() {
            return synced.medianPerSecond() / notSynced.medianPerSecond();
        }
    }

    private final BenchConfig config;
    private final IssuesDocument document;
    private final Clock clock;
    private final UserDirectory users;
    private final LocalDate asOf;

    public DurabilityBench(BenchConfig config, IssuesDocument document, Clock clock, UserDirectory users, LocalDate asOf) {
        this.config = config;
        this.document = document;
        this.clock = clock;
        this.users = users;
        this.asOf = asOf;
    }

    /** Two HSQLDB file databases under {@code workDir}, made afresh. */
    public Results hsqldb(Path workDir) throws Exception {
        Path synced = workDir.resolve("hsqldb-durability-synced");
        Path delayed = workDir.resolve("hsqldb-durability-delayed");
        BenchMain.deleteTree(synced);
        BenchMain.deleteTree(delayed);
        return compare("HSQLDB",
                () -> BenchDatabase.preview(DatabaseSettings.embedded(delayed), "HSQLDB, write delay"),
                database -> execute(database, "SET FILES WRITE DELAY 500 MILLIS"),
                () -> BenchDatabase.preview(DatabaseSettings.embedded(synced), "HSQLDB"),
                "SELECT PROPERTY_NAME || '=' || PROPERTY_VALUE FROM INFORMATION_SCHEMA.SYSTEM_PROPERTIES "
                        + "WHERE PROPERTY_NAME = 'hsqldb.write_delay_millis'");
    }

    /** Two schemas next to {@code settings}' own ({@code <schema>_synced}, {@code <schema>_not_synced}), made afresh. */
    public Results postgres(DatabaseSettings settings) throws Exception {
        DatabaseSettings synced = inSchema(settings, settings.schema() + "_synced");
        // pgjdbc sends "options" as the connection's start-up parameters: every pooled connection gets the setting
        DatabaseSettings notSynced = new DatabaseSettings(inSchema(settings, settings.schema() + "_not_synced").url()
                + "&options=-c%20synchronous_commit%3Doff", settings.user(), settings.password());
        BenchMain.resetSchema(synced);
        BenchMain.resetSchema(notSynced);
        return compare("PostgreSQL",
                () -> BenchDatabase.preview(notSynced, "PostgreSQL, synchronous_commit=off"), database -> { },
                () -> BenchDatabase.preview(synced, "PostgreSQL"),
                "SELECT 'synchronous_commit=' || current_setting('synchronous_commit')");
    }

    private interface Opener {
        BenchDatabase open();
    }

    private Results compare(String label, Opener openNotSynced, Consumer<BenchDatabase> relax, Opener openSynced,
                            String settingQuery) throws Exception {
        Prepared notSyncedDb = prepare(openNotSynced, relax, settingQuery);
        Prepared syncedDb = prepare(openSynced, database -> { }, settingQuery);
        try (BenchHost notSynced = BenchHost.open(notSyncedDb.database(), document, clock, users).start();
             BenchHost synced = BenchHost.open(syncedDb.database(), document, clock, users).start()) {
            long notSyncedMetric = recordingMetric(notSynced);
            long syncedMetric = recordingMetric(synced);
            List<DatabaseResults.Recording> notSyncedRounds = new ArrayList<>();
            List<DatabaseResults.Recording> syncedRounds = new ArrayList<>();
            RecordingCase recording = new RecordingCase(config.warmup(), config.recordingsPerClient(), asOf);
            for (int round = 0; round < ROUNDS; round++) {
                boolean notSyncedFirst = round % 2 == 0;
                for (int turn = 0; turn < 2; turn++) {
                    boolean sync = (turn == 0) != notSyncedFirst;
                    DatabaseResults.Recording r = recording.run(sync ? synced : notSynced, sync ? syncedMetric : notSyncedMetric);
                    (sync ? syncedRounds : notSyncedRounds).add(r);
                    LOG.info("[{}] durability round {}: {} {} readings/s", label, round + 1, sync ? "synced" : "not synced",
                            String.format("%.0f", r.perSecond()));
                }
            }
            return new Results(label, new Side(notSyncedDb.setting(), notSyncedRounds), new Side(syncedDb.setting(), syncedRounds));
        }
    }

    /** A database opened, set up and asked for its commit setting. */
    private record Prepared(BenchDatabase database, String setting) {
    }

    private static Prepared prepare(Opener opener, Consumer<BenchDatabase> setUp, String settingQuery) {
        BenchDatabase database = opener.open();
        try {
            setUp.accept(database);
            return new Prepared(database, setting(database, settingQuery));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private long recordingMetric(BenchHost host) {
        MetricDefinition definition = new MetricDefinition(MetricKind.OUTCOME, "Recorded over HTTP", null, 40.0, 60.0,
                asOf.minusDays(30), asOf.plusDays(90), 1, null, "bench", null, null);
        return new PortfolioLoader(host.core().metricRepository(), host.core().readingRepository(), clock.instant())
                .loadSingle(Workload.RECORDING_ISSUE, definition, List.of());
    }

    private static DatabaseSettings inSchema(DatabaseSettings settings, String schema) {
        return new DatabaseSettings(settings.url().replace("currentSchema=" + settings.schema(), "currentSchema=" + schema),
                settings.user(), settings.password());
    }

    private static void execute(BenchDatabase database, String sql) {
        try (Connection connection = database.entityManager().getProvider().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new BenchmarkFailure("could not run " + sql + ": " + e.getMessage());
        }
    }

    /** What the database says its commit setting is, on a connection of its own pool. */
    private static String setting(BenchDatabase database, String query) {
        try (Connection connection = database.entityManager().getProvider().getConnection();
             Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(query)) {
            return row.next() ? row.getString(1) : "?";
        } catch (SQLException e) {
            throw new BenchmarkFailure("could not read the commit setting: " + e.getMessage());
        }
    }
}
