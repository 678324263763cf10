package com.outcomes.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import net.java.ao.Query;

/**
 * Brings metrics stored before DESIGN §3b up to it (called by Jira's Active Objects upgrade task and at the preview's
 * start, after the new columns exist): a metric without owner gets its first reading's {@code recordedBy}, else what the
 * host names for its issue (Jira: the reporter), else stays without one; a metric without {@code DEFINED_ON} gets its
 * first reading's day, else its startDate. Idempotent: only empty columns are written, readings are never touched.
 * Works in pages of {@value InClause#CHUNK} metrics, each page in its own transaction.
 */
public final class OwnerBackfill {

    private static final String ID = "ID";

    private final StoreDatabase database;
    private final Transactions transactions;
    private final SqlReads sql;

    public OwnerBackfill(StoreDatabase database) {
        this.database = database;
        this.transactions = new Transactions(database);
        this.sql = database.sqlReads();
    }

    private record Pending(int id, String issueKey, boolean needsOwner, String startDate, boolean needsDefinedOn) {
    }

    private record FirstReading(String recordedBy, String measuredAt) {
    }

    /**
     * @param fallbackOwnerByIssueKey who owns a metric of this issue when no reading names anyone; asked once per issue
     * @return how many metrics were given an owner
     */
    public int backfill(Function<String, Optional<String>> fallbackOwnerByIssueKey) {
        List<Pending> pending = pending();
        Map<String, Optional<String>> fallbacks = new HashMap<>();
        int owned = 0;
        for (List<Pending> page : InClause.chunks(pending)) {
            Map<Long, FirstReading> first = firstReadings(page);
            Map<Integer, String> owners = new HashMap<>();
            Map<Integer, String> definedOn = new HashMap<>();
            for (Pending p : page) {
                FirstReading reading = first.get((long) p.id());
                if (p.needsOwner()) {
                    String owner = reading == null || reading.recordedBy() == null || reading.recordedBy().isBlank()
                            ? fallbacks.computeIfAbsent(p.issueKey(), fallbackOwnerByIssueKey).orElse(null)
                            : reading.recordedBy();
                    if (owner != null) {
                        owners.put(p.id(), owner);
                    }
                }
                if (p.needsDefinedOn()) {
                    String day = reading != null ? reading.measuredAt() : p.startDate();
                    if (day != null) {
                        definedOn.put(p.id(), day);
                    }
                }
            }
            write(page, owners, definedOn);
            owned += owners.size();
        }
        return owned;
    }

    /** Metrics with an empty OWNER or DEFINED_ON, in one query. */
    private List<Pending> pending() {
        List<Pending> pending = new ArrayList<>();
        sql.select("SELECT " + sql.column(ID) + ", " + sql.column(MetricEntity.ISSUE_KEY) + ", "
                        + sql.column(MetricEntity.OWNER) + ", " + sql.column(MetricEntity.START_DATE) + ", "
                        + sql.column(MetricEntity.DEFINED_ON) + " FROM " + sql.table(MetricEntity.class)
                        + " WHERE " + sql.column(MetricEntity.OWNER) + " IS NULL OR "
                        + sql.column(MetricEntity.DEFINED_ON) + " IS NULL ORDER BY " + sql.column(ID),
                List.of(), row -> pending.add(new Pending(row.getInt(1), row.getString(2), row.getString(3) == null,
                        row.getString(4), row.getString(5) == null)));
        return pending;
    }

    /** The first stored reading (lowest id) of each metric of the page, in one query. */
    private Map<Long, FirstReading> firstReadings(List<Pending> page) {
        List<Object> ids = page.stream().map(p -> (Object) (long) p.id()).toList();
        String reading = sql.table(ReadingEntity.class);
        Map<Long, FirstReading> first = new HashMap<>();
        sql.select("SELECT " + sql.column(ReadingEntity.METRIC_ID) + ", " + sql.column(ReadingEntity.RECORDED_BY)
                        + ", " + sql.column(ReadingEntity.MEASURED_AT) + " FROM " + reading
                        + " WHERE " + sql.column(ID) + " IN (SELECT MIN(" + sql.column(ID) + ") FROM " + reading
                        + " WHERE " + InClause.of(sql.column(ReadingEntity.METRIC_ID), ids.size())
                        + " GROUP BY " + sql.column(ReadingEntity.METRIC_ID) + ")",
                ids, row -> first.put(row.getLong(1), new FirstReading(row.getString(2), row.getString(3))));
        return first;
    }

    private void write(List<Pending> page, Map<Integer, String> owners, Map<Integer, String> definedOn) {
        if (owners.isEmpty() && definedOn.isEmpty()) {
            return;
        }
        transactions.run(() -> {
            Object[] ids = page.stream().map(Pending::id).filter(id -> owners.containsKey(id) || definedOn.containsKey(id))
                    .toArray();
            for (MetricEntity entity : database.find(MetricEntity.class,
                    Query.select().where(InClause.of(ID, ids.length), ids))) {
                // only empty columns: a concurrent edit or an earlier run is never overwritten
                if (entity.getOwner() == null && owners.containsKey(entity.getID())) {
                    entity.setOwner(owners.get(entity.getID()));
                }
                if (entity.getDefinedOn() == null && definedOn.containsKey(entity.getID())) {
                    entity.setDefinedOn(definedOn.get(entity.getID()));
                }
                entity.save();
            }
            return null;
        });
    }
}
