package com.outcomes.jira.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import com.atlassian.jira.database.DatabaseAccessor;
import com.atlassian.sal.api.rdbms.TransactionalExecutor;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import com.outcomes.domain.MetricDefinition;
import com.outcomes.domain.MetricKind;
import com.outcomes.domain.NewReading;
import com.outcomes.domain.Reading;
import com.outcomes.jira.ActiveObjectsPersistence;
import com.outcomes.jira.store.SalSqlReads;
import com.outcomes.port.PersistenceException;
import com.outcomes.store.MetricRepository;
import com.outcomes.store.ReadingEntity;
import com.outcomes.store.ReadingRepository;
import com.outcomes.store.StoreTestDatabase;

import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;

/**
 * The plugin's plain SQL reads on tables Active Objects created under the plugin's real Jira names, through a
 * SAL executor that hands out connections as Jira's does (auto-commit off, the host commits and closes).
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(StoreTestDatabase.class)
@NameConverters(table = PluginTableNames.class, field = AtlassianFieldNameConverter.class)
@Data(StoreTestDatabase.StoreSchema.class)
public class SalSqlReadsOnEntityManagerTest {

    private static final Instant RECORDED_AT = Instant.parse("2026-11-02T09:00:00Z");

    private EntityManager entityManager;
    private EntityManagerActiveObjects ao;
    private long metricId;

    @Before
    public void setUp() {
        ao = new EntityManagerActiveObjects(entityManager);
        metricId = new MetricRepository(new ActiveObjectsPersistence(ao)).create("OUT-4", new MetricDefinition(
                MetricKind.OUTCOME, "Market share", "%", 10.0, 20.0, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), 7, null, null, null, null)).id();
    }

    @Test
    public void seriesReadInPlainSqlEqualTheActiveObjectsRead() {
        // given readings with a correction, through the adapter Jira wires (AO plus SAL reads)
        ReadingRepository overSql = new ReadingRepository(new ActiveObjectsPersistence(ao, reads(jirasSchema())));
        Reading wrong = overSql.append(metricId, new NewReading(99, LocalDate.of(2026, 2, 1), "typo", null, null),
                "alice", RECORDED_AT);
        overSql.append(metricId, new NewReading(9.9, LocalDate.of(2026, 2, 1), null, null, wrong.id()), "bob",
                RECORDED_AT.plusSeconds(60));
        overSql.append(metricId, new NewReading(0.1 + 0.2, LocalDate.of(2024, 2, 29), null, null, null), "bob",
                RECORDED_AT);

        // when
        Map<Long, List<Reading>> fromSql = overSql.seriesOf(List.of(metricId));
        Map<Long, List<Reading>> fromEntities = new ReadingRepository(new ActiveObjectsPersistence(ao))
                .seriesOf(List.of(metricId));

        // then
        assertEquals(fromEntities, fromSql);
        assertEquals(3, fromSql.get(metricId).size());
    }

    @Test
    public void tableIsQualifiedWithJirasSchemaWhenOneIsConfigured() {
        // given
        String schema = jirasSchema().orElseThrow();

        // when
        String table = reads(Optional.of(schema)).table(ReadingEntity.class);

        // then
        assertEquals(schema + ".\"AO_F6FE92_READING\"", table);
        assertEquals(List.of(0L), countReadings(reads(Optional.of(schema))));
    }

    @Test
    public void tableStandsAloneWithoutASchema() {
        SalSqlReads reads = reads(Optional.empty());

        assertEquals("\"AO_F6FE92_READING\"", reads.table(ReadingEntity.class));
        assertEquals(List.of(0L), countReadings(reads));
    }

    @Test
    public void aFailedQueryIsAPersistenceError() {
        SalSqlReads reads = reads(Optional.empty());

        assertThrows(PersistenceException.class,
                () -> reads.select("SELECT " + reads.column("NO_SUCH_COLUMN") + " FROM " + reads.table(ReadingEntity.class),
                        List.of(), row -> { }));
    }

    private List<Long> countReadings(SalSqlReads reads) {
        List<Long> counts = new ArrayList<>();
        reads.select("SELECT COUNT(*) FROM " + reads.table(ReadingEntity.class) + " WHERE "
                + reads.column(ReadingEntity.METRIC_ID) + " = ?", List.of(metricId + 1000), row -> counts.add(row.getLong(1)));
        return counts;
    }

    private Optional<String> jirasSchema() {
        return Optional.ofNullable(entityManager.getProvider().getSchema());
    }

    private SalSqlReads reads(Optional<String> schema) {
        DatabaseAccessor database = () -> schema;
        return new SalSqlReads(new JiraLikeExecutors(entityManager), database);
    }

    /** Hands out pooled connections with auto-commit off, then commits (or rolls back) and closes them itself. */
    private static final class JiraLikeExecutors implements TransactionalExecutorFactory {

        private final EntityManager em;

        JiraLikeExecutors(EntityManager em) {
            this.em = em;
        }

        @Override
        public TransactionalExecutor createExecutor(boolean readOnly, boolean requiresNew) {
            return new TransactionalExecutor() {
                @Override
                public <A> A execute(com.atlassian.sal.api.rdbms.ConnectionCallback<A> callback) {
                    try (Connection connection = em.getProvider().getConnection()) {
                        connection.setAutoCommit(false);
                        try {
                            A result = callback.execute(connection);
                            connection.commit();
                            return result;
                        } catch (RuntimeException e) {
                            connection.rollback();
                            throw e;
                        } finally {
                            connection.setAutoCommit(true);
                        }
                    } catch (SQLException e) {
                        throw new IllegalStateException("test executor failed", e);
                    }
                }
            };
        }
    }
}
