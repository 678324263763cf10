package com.outcomes.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.outcomes.domain.CheckIn;
import com.outcomes.domain.NewCheckIn;
import com.outcomes.port.CheckInStore;

import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Check-ins in Active Objects: one outcome's list through entities (a handful of rows), the reads over many outcomes
 * in plain SQL ({@link SqlReads}), one statement per {@value InClause#CHUNK} outcomes.
 */
public final class CheckInRepository implements CheckInStore {

    static final Comparator<CheckIn> NEWEST_FIRST = Comparator.comparing(CheckIn::createdAt)
            .thenComparingLong(CheckIn::id).reversed();
    private static final List<String> COLUMNS = List.of("ID", CheckInEntity.ISSUE_KEY, CheckInEntity.CONFIDENCE,
            CheckInEntity.COMMENT_TEXT, CheckInEntity.CREATED_BY, CheckInEntity.CREATED_AT);

    private final StoreDatabase database;
    private final Transactions transactions;

    public CheckInRepository(StoreDatabase database) {
        this.database = database;
        this.transactions = new Transactions(database);
    }

    @Override
    public CheckIn append(String issueKey, NewCheckIn checkIn, String createdBy, Instant createdAt) {
        long millis = createdAt.toEpochMilli();
        return transactions.run(() -> {
            CheckInEntity created = database.create(CheckInEntity.class,
                    new DBParam(CheckInEntity.ISSUE_KEY, issueKey),
                    new DBParam(CheckInEntity.CONFIDENCE, checkIn.confidence()),
                    new DBParam(CheckInEntity.COMMENT_TEXT, checkIn.comment()),
                    new DBParam(CheckInEntity.CREATED_BY, createdBy),
                    new DBParam(CheckInEntity.CREATED_AT, millis));
            // Built from what was inserted: a new AO entity has no values cached, each getter would be a SELECT.
            return new CheckIn(created.getID(), issueKey, checkIn.confidence(), checkIn.comment(), createdBy,
                    Instant.ofEpochMilli(millis));
        });
    }

    @Override
    public List<CheckIn> of(String issueKey) {
        List<CheckIn> checkIns = new ArrayList<>();
        for (CheckInEntity e : database.find(CheckInEntity.class,
                Query.select().where(CheckInEntity.ISSUE_KEY + " = ?", issueKey))) {
            checkIns.add(new CheckIn(e.getID(), e.getIssueKey(), e.getConfidence(), e.getCommentText(),
                    e.getCreatedBy(), Instant.ofEpochMilli(e.getCreatedAt())));
        }
        checkIns.sort(NEWEST_FIRST);
        return checkIns;
    }

    /**
     * The row with the highest id per outcome: check-ins are appended as they are made, so the newest row is the
     * latest. A grouped subquery, portable to every database Jira supports (no window functions needed).
     */
    @Override
    public Map<String, CheckIn> latestOf(Collection<String> issueKeys) {
        SqlReads sql = database.sqlReads();
        String table = sql.table(CheckInEntity.class);
        String id = sql.column("ID");
        String key = sql.column(CheckInEntity.ISSUE_KEY);
        Map<String, CheckIn> latest = new LinkedHashMap<>();
        for (List<String> chunk : InClause.chunks(issueKeys)) {
            String select = "SELECT " + columns(sql) + " FROM " + table + " WHERE " + id + " IN (SELECT MAX(" + id
                    + ") FROM " + table + " WHERE " + InClause.of(key, chunk.size()) + " GROUP BY " + key + ")";
            sql.select(select, chunk, row -> {
                CheckIn c = checkIn(row);
                latest.put(c.issueKey(), c);
            });
        }
        return latest;
    }

    @Override
    public Map<String, List<CheckIn>> between(Collection<String> issueKeys, Instant from, Instant to) {
        SqlReads sql = database.sqlReads();
        Map<String, List<CheckIn>> byOutcome = new LinkedHashMap<>();
        issueKeys.forEach(k -> byOutcome.put(k, new ArrayList<>()));
        String createdAt = sql.column(CheckInEntity.CREATED_AT);
        for (List<String> chunk : InClause.chunks(issueKeys)) {
            String select = "SELECT " + columns(sql) + " FROM " + sql.table(CheckInEntity.class) + " WHERE "
                    + InClause.of(sql.column(CheckInEntity.ISSUE_KEY), chunk.size())
                    + " AND " + createdAt + " >= ? AND " + createdAt + " < ?";
            List<Object> parameters = new ArrayList<>(chunk);
            parameters.add(from.toEpochMilli());
            parameters.add(to.toEpochMilli());
            sql.select(select, parameters, row -> {
                CheckIn c = checkIn(row);
                byOutcome.get(c.issueKey()).add(c);
            });
        }
        byOutcome.values().forEach(list -> list.sort(NEWEST_FIRST));
        return byOutcome;
    }

    private static String columns(SqlReads sql) {
        return COLUMNS.stream().map(sql::column).collect(Collectors.joining(", "));
    }

    private static CheckIn checkIn(ResultSet row) throws SQLException {
        return new CheckIn(row.getLong(1), row.getString(2), row.getInt(3), row.getString(4), row.getString(5),
                Instant.ofEpochMilli(row.getLong(6)));
    }
}
