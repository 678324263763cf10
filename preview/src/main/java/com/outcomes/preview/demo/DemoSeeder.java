package com.outcomes.preview.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.outcomes.domain.Metric;
import com.outcomes.domain.MetricDefinition;
import com.outcomes.domain.NewReading;
import com.outcomes.domain.Reading;
import com.outcomes.port.MetricStore;
import com.outcomes.port.PersistenceException;
import com.outcomes.port.ReadingStore;
import com.outcomes.store.CheckInEntity;
import com.outcomes.store.ClosureEntity;
import com.outcomes.store.CorrectionEntity;
import com.outcomes.store.EpicRiceEntity;
import com.outcomes.store.RiceRepository;
import com.outcomes.store.MetricEntity;
import com.outcomes.store.ReadingEntity;
import com.outcomes.store.StoreDatabase;
import com.outcomes.store.Transactions;

import java.sql.SQLException;

import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * Puts the demo's metrics and readings into an empty database, once: if any metric exists (the demo
 * from an earlier run, or the user's own), nothing is touched, so the user's changes survive restarts.
 */
public final class DemoSeeder {

    static final String RECORDED_BY = "demo";
    /**
     * Owns the demo's metrics (DESIGN §3b): the built-in administrator, whose address admin@localhost a local mail
     * catcher shows, so the demo's stale metrics remind someone and appear on admin's "My metrics".
     */
    static final String OWNER = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);

    private final StoreDatabase database;
    private final Transactions transactions;
    private final MetricStore metrics;
    private final ReadingStore readings;
    private final Clock clock;

    public DemoSeeder(StoreDatabase database, MetricStore metrics, ReadingStore readings, Clock clock) {
        this.database = database;
        this.transactions = new Transactions(database);
        this.metrics = metrics;
        this.readings = readings;
        this.clock = clock;
    }

    /** @return how many metrics were stored (0 when the database already had metrics) */
    public int seedIfEmpty(List<DemoMetric> demo) {
        return seedIfEmpty(demo, List.of());
    }

    /**
     * The demo's metrics and, in the same transaction, the RICE of its shipped epics (the calibration's points).
     *
     * @return how many metrics were stored (0 when the database already had metrics: nothing is touched then)
     */
    public int seedIfEmpty(List<DemoMetric> demo, List<DemoPortfolio.DemoRice> rice) {
        if (database.count(MetricEntity.class, Query.select()) > 0) {
            return 0;
        }
        Instant now = clock.instant();
        transactions.run(() -> {
            Map<String, Long> idByName = new HashMap<>();
            for (DemoMetric metric : demo) {
                Metric stored = metrics.create(metric.issueKey(), withParent(metric, idByName).withOwner(OWNER));
                idByName.put(metric.definition().name(), stored.id());
                List<Reading> history = readings.appendAll(stored.id(), metric.readings(), RECORDED_BY, now);
                DemoMetric.Correction correction = metric.correction();
                if (correction != null) {
                    Reading wrong = history.get(correction.readingIndex());
                    readings.append(stored.id(), new NewReading(correction.value(), wrong.measuredAt(), correction.note(),
                            wrong.source(), wrong.id()), RECORDED_BY, now);
                }
            }
            RiceRepository scores = new RiceRepository(database);
            rice.forEach(r -> scores.put(r.outcomeKey(), r.epicKey(), r.rice()));
            return null;
        });
        LOG.info("Seeded {} demo metrics", demo.size());
        return demo.size();
    }

    /**
     * {@code --reset-demo}: deletes every metric with its readings, corrections and RICE scores, the check-ins and
     * every outcome's closures, so the next
     * {@link #seedIfEmpty} puts the demo back as it was. Only for the demo's own database: in demo mode every metric
     * sits on a demo issue, so "the demo's metrics" are all of them. One transaction: a failure leaves the data as it was.
     */
    public int reset(EntityManager entityManager) {
        int dropped = transactions.run(() -> {
            try {
                for (Class<? extends RawEntity<?>> type : List.<Class<? extends RawEntity<?>>>of(
                        CorrectionEntity.class, ReadingEntity.class, EpicRiceEntity.class, CheckInEntity.class,
                        ClosureEntity.class)) {
                    entityManager.delete(entityManager.find(raw(type)));
                }
                MetricEntity[] all = entityManager.find(MetricEntity.class);
                entityManager.delete(all);
                return all.length;
            } catch (SQLException e) {
                throw new PersistenceException("cannot reset the demo", e);
            }
        });
        LOG.info("Reset the demo: dropped {} metrics with their readings", dropped);
        return dropped;
    }

    @SuppressWarnings("unchecked")
    private static <T extends RawEntity<K>, K> Class<T> raw(Class<? extends RawEntity<?>> type) {
        return (Class<T>) type;
    }

    private static MetricDefinition withParent(DemoMetric metric, Map<String, Long> idByName) {
        MetricDefinition d = metric.definition();
        if (metric.parentName() == null) {
            return d;
        }
        Long parentId = idByName.get(metric.parentName());
        if (parentId == null) {
            throw new IllegalStateException("demo metric " + d.name() + " names unknown parent " + metric.parentName());
        }
        return new MetricDefinition(d.kind(), d.name(), d.unit(), d.baseline(), d.target(), d.startDate(), d.targetDate(),
                d.cadenceDays(), parentId, d.source(), d.threshold(), d.comparator(), d.owner(), d.computed());
    }
}
