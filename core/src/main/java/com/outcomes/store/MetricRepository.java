package com.outcomes.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;

import com.outcomes.domain.ComputeError;
import com.outcomes.domain.ComputedBy;
import com.outcomes.domain.GuardrailComparator;
import com.outcomes.domain.Metric;
import com.outcomes.domain.MetricDefinition;
import com.outcomes.domain.MetricKind;
import com.outcomes.port.MetricStore;

import net.java.ao.DBParam;

/**
 * Metric definitions in Active Objects: written through entities, read in plain SQL ({@link SqlReads}) straight
 * into immutable {@link Metric} values. Reads happen outside transactions only (in Jira the plain SQL connection
 * is not the one Active Objects writes through).
 */
public final class MetricRepository implements MetricStore {

    private static final String ID = "ID";
    /** In the order {@link #metric} reads them. */
    private static final List<String> COLUMNS = List.of(ID, MetricEntity.ISSUE_KEY, MetricEntity.KIND,
            MetricEntity.NAME, MetricEntity.UNIT, MetricEntity.BASELINE, MetricEntity.TARGET, MetricEntity.START_DATE,
            MetricEntity.TARGET_DATE, MetricEntity.CADENCE_DAYS, MetricEntity.PARENT_METRIC_ID, MetricEntity.SOURCE,
            MetricEntity.THRESHOLD, MetricEntity.COMPARATOR, MetricEntity.OWNER, MetricEntity.COMPUTED_JQL,
            MetricEntity.COMPUTED_PER, MetricEntity.COMPUTED_SCALE, MetricEntity.DEFINED_ON,
            MetricEntity.COMPUTE_ERROR_AT, MetricEntity.COMPUTE_ERROR);

    private final StoreDatabase database;
    private final Transactions transactions;
    private final SqlReads sql;

    public MetricRepository(StoreDatabase database) {
        this.database = database;
        this.transactions = new Transactions(database);
        this.sql = database.sqlReads();
    }

    /** Defined today by the clock's reckoning is the caller's: without a day, {@code definedOn} stays empty. */
    @Override
    public Metric create(String issueKey, MetricDefinition def) {
        return create(issueKey, def, null);
    }

    @Override
    public Metric create(String issueKey, MetricDefinition def, LocalDate definedOn) {
        return transactions.run(() -> {
            List<DBParam> params = new ArrayList<>();
            params.add(new DBParam(MetricEntity.ISSUE_KEY, issueKey));
            params.add(new DBParam(MetricEntity.KIND, def.kind().name()));
            params.add(new DBParam(MetricEntity.NAME, def.name()));
            params.add(new DBParam(MetricEntity.CADENCE_DAYS, def.cadenceDays()));
            addIfPresent(params, MetricEntity.UNIT, def.unit());
            addIfPresent(params, MetricEntity.BASELINE, def.baseline());
            addIfPresent(params, MetricEntity.TARGET, def.target());
            addIfPresent(params, MetricEntity.START_DATE, IsoDates.format(def.startDate()));
            addIfPresent(params, MetricEntity.TARGET_DATE, IsoDates.format(def.targetDate()));
            addIfPresent(params, MetricEntity.PARENT_METRIC_ID, def.parentMetricId());
            addIfPresent(params, MetricEntity.SOURCE, def.source());
            addIfPresent(params, MetricEntity.THRESHOLD, def.threshold());
            addIfPresent(params, MetricEntity.COMPARATOR, def.comparator() == null ? null : def.comparator().name());
            addIfPresent(params, MetricEntity.OWNER, def.owner());
            addIfPresent(params, MetricEntity.DEFINED_ON, IsoDates.format(definedOn));
            ComputedBy computed = def.computed();
            if (computed != null) {
                params.add(new DBParam(MetricEntity.COMPUTED_JQL, computed.jql()));
                addIfPresent(params, MetricEntity.COMPUTED_PER, computed.per());
                params.add(new DBParam(MetricEntity.COMPUTED_SCALE, computed.scale()));
            }
            MetricEntity created = database.create(MetricEntity.class, params.toArray(DBParam[]::new));
            // Built from what was inserted: a new AO entity has no values cached, each getter would be a SELECT.
            return new Metric(created.getID(), issueKey, def, definedOn, null);
        });
    }

    @Override
    public Metric update(long id, MetricDefinition def) {
        return transactions.run(() -> {
            MetricEntity entity = fitsEntityKey(id) ? database.get(MetricEntity.class, (int) id) : null;
            if (entity == null) {
                throw new NoSuchElementException("no metric " + id);
            }
            entity.setKind(def.kind().name());
            entity.setName(def.name());
            entity.setUnit(def.unit());
            entity.setBaseline(def.baseline());
            entity.setTarget(def.target());
            entity.setStartDate(IsoDates.format(def.startDate()));
            entity.setTargetDate(IsoDates.format(def.targetDate()));
            entity.setCadenceDays(def.cadenceDays());
            entity.setParentMetricId(def.parentMetricId());
            entity.setSource(def.source());
            entity.setThreshold(def.threshold());
            entity.setComparator(def.comparator() == null ? null : def.comparator().name());
            entity.setOwner(def.owner());
            ComputedBy computed = def.computed();
            entity.setComputedJql(computed == null ? null : computed.jql());
            entity.setComputedPer(computed == null ? null : computed.per());
            entity.setComputedScale(computed == null ? null : computed.scale());
            if (computed == null) {
                entity.setComputeErrorAt(null);
                entity.setComputeError(null);
            }
            entity.save();
            return new Metric(id, entity.getIssueKey(), def, IsoDates.parse(entity.getDefinedOn()),
                    computed == null ? null : computeError(entity.getComputeErrorAt(), entity.getComputeError()));
        });
    }

    @Override
    public Optional<Metric> find(long id) {
        if (!fitsEntityKey(id)) {
            return Optional.empty();
        }
        List<Metric> found = select(ID, List.of((int) id));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public List<Metric> byIssue(String issueKey) {
        return select(MetricEntity.ISSUE_KEY, List.of(issueKey));
    }

    /** One query per {@value InClause#CHUNK} keys. */
    @Override
    public List<Metric> byIssues(Collection<String> issueKeys) {
        List<Metric> metrics = new ArrayList<>();
        for (List<String> chunk : InClause.chunks(issueKeys)) {
            metrics.addAll(select(MetricEntity.ISSUE_KEY, chunk));
        }
        metrics.sort(Comparator.comparingLong(Metric::id));
        return metrics;
    }

    /** One query: the metrics whose owner this user is. */
    @Override
    public List<Metric> ownedBy(String owner) {
        return select(MetricEntity.OWNER, List.of(owner));
    }

    /** Every metric, in one query (the job's batch: it decides what is due from these and their series). */
    @Override
    public List<Metric> all() {
        String columns = COLUMNS.stream().map(sql::column).collect(Collectors.joining(", "));
        List<Metric> metrics = new ArrayList<>();
        sql.select("SELECT " + columns + " FROM " + sql.table(MetricEntity.class) + " ORDER BY " + sql.column(ID),
                List.of(), row -> metrics.add(metric(row)));
        return metrics;
    }

    /** Sets or (null) clears why the metric's last computation recorded nothing. */
    @Override
    public void setComputeError(long id, ComputeError error) {
        transactions.run(() -> {
            MetricEntity entity = fitsEntityKey(id) ? database.get(MetricEntity.class, (int) id) : null;
            if (entity != null) {
                entity.setComputeErrorAt(error == null ? null : error.at().toEpochMilli());
                entity.setComputeError(error == null ? null : error.message());
                entity.save();
            }
            return null;
        });
    }

    /** The metrics whose {@code column} has one of the values, ordered by id. */
    private List<Metric> select(String column, List<?> values) {
        String columns = COLUMNS.stream().map(sql::column).collect(Collectors.joining(", "));
        List<Metric> metrics = new ArrayList<>();
        sql.select("SELECT " + columns + " FROM " + sql.table(MetricEntity.class)
                        + " WHERE " + InClause.of(sql.column(column), values.size()) + " ORDER BY " + sql.column(ID),
                values, row -> metrics.add(metric(row)));
        return metrics;
    }

    /** AO's {@code Entity} keys are ints; a larger id cannot name a stored row. */
    static boolean fitsEntityKey(long id) {
        return id > 0 && id <= Integer.MAX_VALUE;
    }

    private static void addIfPresent(List<DBParam> params, String column, Object value) {
        if (value != null) {
            params.add(new DBParam(column, value));
        }
    }

    private static Metric metric(ResultSet row) throws SQLException {
        String comparator = row.getString(14);
        MetricDefinition definition = new MetricDefinition(
                MetricKind.valueOf(row.getString(3)),
                row.getString(4),
                row.getString(5),
                SqlSelect.nullableDouble(row, 6),
                SqlSelect.nullableDouble(row, 7),
                IsoDates.parse(row.getString(8)),
                IsoDates.parse(row.getString(9)),
                row.getInt(10),
                SqlSelect.nullableLong(row, 11),
                row.getString(12),
                SqlSelect.nullableDouble(row, 13),
                comparator == null ? null : GuardrailComparator.valueOf(comparator));
        String jql = row.getString(16);
        ComputedBy computed = jql == null ? null
                : new ComputedBy(jql, row.getString(17), SqlSelect.nullableDouble(row, 18) == null ? 1
                        : SqlSelect.nullableDouble(row, 18));
        MetricDefinition withOwner = new MetricDefinition(definition.kind(), definition.name(), definition.unit(),
                definition.baseline(), definition.target(), definition.startDate(), definition.targetDate(),
                definition.cadenceDays(), definition.parentMetricId(), definition.source(), definition.threshold(),
                definition.comparator(), row.getString(15), computed);
        return new Metric(row.getLong(1), row.getString(2), withOwner, IsoDates.parse(row.getString(19)),
                computed == null ? null : computeError(SqlSelect.nullableLong(row, 20), row.getString(21)));
    }

    private static ComputeError computeError(Long atMillis, String message) {
        return atMillis == null ? null : new ComputeError(Instant.ofEpochMilli(atMillis), message);
    }
}
