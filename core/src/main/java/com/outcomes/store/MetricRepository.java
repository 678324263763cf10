package com.outcomes.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import com.outcomes.domain.GuardrailComparator;
import com.outcomes.domain.Metric;
import com.outcomes.domain.MetricDefinition;
import com.outcomes.domain.MetricKind;
import com.outcomes.port.Persistence;

import net.java.ao.DBParam;
import net.java.ao.Query;

/** Stores metric definitions. Returns immutable {@link Metric} values, never AO entities. */
public final class MetricRepository {

    private static final String BY_ID = "ID";
    /** A streamed row carries only the columns selected (AO rejects {@code *}). */
    private static final String ALL_COLUMNS = String.join(", ", BY_ID, MetricEntity.ISSUE_KEY, MetricEntity.KIND,
            MetricEntity.NAME, MetricEntity.UNIT, MetricEntity.BASELINE, MetricEntity.TARGET, MetricEntity.START_DATE,
            MetricEntity.TARGET_DATE, MetricEntity.CADENCE_DAYS, MetricEntity.PARENT_METRIC_ID, MetricEntity.SOURCE,
            MetricEntity.THRESHOLD, MetricEntity.COMPARATOR);

    private final Persistence persistence;

    public MetricRepository(Persistence persistence) {
        this.persistence = persistence;
    }

    public Metric create(String issueKey, MetricDefinition def) {
        return persistence.inTransaction(() -> {
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
            MetricEntity created = persistence.create(MetricEntity.class, params.toArray(DBParam[]::new));
            // Built from what was inserted: a new AO entity has no values cached, each getter would be a SELECT.
            return new Metric(created.getID(), issueKey, def);
        });
    }

    /** Replaces the definition of metric {@code id}; its issue stays. */
    public Metric update(long id, MetricDefinition def) {
        return persistence.inTransaction(() -> {
            MetricEntity entity = entity(id).orElseThrow(() -> new NoSuchElementException("no metric " + id));
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
            entity.save();
            return toMetric(entity);
        });
    }

    public Optional<Metric> find(long id) {
        return entity(id).map(MetricRepository::toMetric);
    }

    /** The metrics of one issue, ordered by id (creation order). */
    public List<Metric> byIssue(String issueKey) {
        return toMetrics(persistence.find(MetricEntity.class,
                Query.select().where(MetricEntity.ISSUE_KEY + " = ?", issueKey).order(BY_ID)));
    }

    /** The metrics of many issues in one query per {@value InClause#CHUNK} keys, ordered by id. */
    public List<Metric> byIssues(Collection<String> issueKeys) {
        List<Metric> metrics = new ArrayList<>();
        for (List<String> chunk : InClause.chunks(issueKeys)) {
            // streamed read-only rows: a dashboard reads every metric of the portfolio
            persistence.stream(MetricEntity.class,
                    Query.select(ALL_COLUMNS).where(InClause.of(MetricEntity.ISSUE_KEY, chunk.size()), chunk.toArray()),
                    entity -> metrics.add(toMetric(entity)));
        }
        metrics.sort(Comparator.comparingLong(Metric::id));
        return metrics;
    }

    private Optional<MetricEntity> entity(long id) {
        if (!fitsEntityKey(id)) {
            return Optional.empty();
        }
        return Optional.ofNullable(persistence.get(MetricEntity.class, (int) id));
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

    private static List<Metric> toMetrics(MetricEntity[] entities) {
        List<Metric> metrics = new ArrayList<>(entities.length);
        for (MetricEntity entity : entities) {
            metrics.add(toMetric(entity));
        }
        return metrics;
    }

    private static Metric toMetric(MetricEntity e) {
        MetricDefinition definition = new MetricDefinition(
                MetricKind.valueOf(e.getKind()),
                e.getName(),
                e.getUnit(),
                e.getBaseline(),
                e.getTarget(),
                IsoDates.parse(e.getStartDate()),
                IsoDates.parse(e.getTargetDate()),
                e.getCadenceDays(),
                e.getParentMetricId(),
                e.getSource(),
                e.getThreshold(),
                e.getComparator() == null ? null : GuardrailComparator.valueOf(e.getComparator()));
        return new Metric(e.getID(), e.getIssueKey(), definition);
    }
}
