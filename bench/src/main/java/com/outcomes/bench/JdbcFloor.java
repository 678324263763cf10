package com.outcomes.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.outcomes.store.JiraTableNaming;
import com.outcomes.store.MetricEntity;
import com.outcomes.store.ReadingEntity;

/**
 * The floor under the dashboard: the least work any implementation must do to answer it. Two plain JDBC
 * queries read the same rows the dashboard reads (the portfolio's metrics, every column, then all their readings,
 * the columns the rules use), and one pass over the portfolio's issues in memory counts done issues per epic and per week of the
 * window. No ORM, no domain rules, no JSON, no HTTP.
 */
public final class JdbcFloor {

    private final String metricTable;
    private final String readingTable;

    public JdbcFloor() {
        this.metricTable = '"' + JiraTableNaming.tableName(MetricEntity.class) + '"';
        this.readingTable = '"' + JiraTableNaming.tableName(ReadingEntity.class) + '"';
    }

    /** The columns of a reading the dashboard reads (ReadingRepository.seriesOf): the floor reads no fewer. */
    static final String READING_COLUMNS = "\"ID\", \"METRIC_ID\", \"VALUE\", \"MEASURED_AT\", \"RECORDED_AT\", \"SUPERSEDES\"";

    /** Reads everything once; returns a checksum so the JIT cannot drop the work. */
    public long run(Connection connection, GeneratedPortfolio portfolio, LocalDate asOf, int weeks) throws SQLException {
        List<String> outcomeKeys = portfolio.outcomeKeys();
        List<Long> metricIds = new ArrayList<>();
        long checksum = 0;
        try (PreparedStatement metrics = connection.prepareStatement(
                "SELECT * FROM " + metricTable + " WHERE \"ISSUE_KEY\" IN (" + marks(outcomeKeys.size()) + ")")) {
            for (int i = 0; i < outcomeKeys.size(); i++) {
                metrics.setString(i + 1, outcomeKeys.get(i));
            }
            try (ResultSet rows = metrics.executeQuery()) {
                int id = rows.findColumn("ID");
                while (rows.next()) {
                    metricIds.add(rows.getLong(id));
                    checksum += readAllColumns(rows);
                }
            }
        }
        try (PreparedStatement readings = connection.prepareStatement(
                "SELECT " + READING_COLUMNS + " FROM " + readingTable + " WHERE \"METRIC_ID\" IN ("
                        + marks(metricIds.size()) + ")")) {
            for (int i = 0; i < metricIds.size(); i++) {
                readings.setLong(i + 1, metricIds.get(i));
            }
            try (ResultSet rows = readings.executeQuery()) {
                while (rows.next()) {
                    checksum += readAllColumns(rows);
                }
            }
        }
        return checksum + passOverIssues(portfolio, asOf, weeks);
    }

    /** Done and total per epic, done per outcome and week of the window: what the work tracker hands core. */
    static long passOverIssues(GeneratedPortfolio portfolio, LocalDate asOf, int weeks) {
        long windowEnd = asOf.toEpochDay();
        long windowStart = asOf.with(java.time.DayOfWeek.MONDAY).minusWeeks(weeks - 1L).toEpochDay();
        int epics = portfolio.epicKeys().size();
        int[] done = new int[epics];
        int[] total = new int[epics];
        int[][] perWeek = new int[portfolio.outcomes().size()][weeks];
        int[] issueEpic = portfolio.issueEpic();
        int[] resolvedOn = portfolio.issueResolvedOn();
        int[] epicOutcome = portfolio.epicOutcome();
        for (int i = 0; i < issueEpic.length; i++) {
            int epic = issueEpic[i];
            total[epic]++;
            int day = resolvedOn[i];
            if (day != GeneratedPortfolio.UNRESOLVED) {
                done[epic]++;
                if (day >= windowStart && day <= windowEnd) {
                    perWeek[epicOutcome[epic]][(int) ((day - windowStart) / 7)]++;
                }
            }
        }
        long sum = 0;
        for (int e = 0; e < epics; e++) {
            sum += done[e] * 31L + total[e];
        }
        for (int[] outcome : perWeek) {
            for (int count : outcome) {
                sum += count;
            }
        }
        return sum;
    }

    private static long readAllColumns(ResultSet rows) throws SQLException {
        ResultSetMetaData meta = rows.getMetaData();
        long hash = 0;
        for (int c = 1; c <= meta.getColumnCount(); c++) {
            Object value = rows.getObject(c);
            hash += value == null ? 0 : value.hashCode();
        }
        return hash;
    }

    private static String marks(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }
}
