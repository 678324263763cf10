package com.outcomes.jira.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assume.assumeTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import com.outcomes.domain.MetricDefinition;
import com.outcomes.domain.MetricKind;
import com.outcomes.domain.NewReading;
import com.outcomes.domain.Reading;
import com.outcomes.domain.ReadingPoint;
import com.outcomes.jira.store.JiraStoreDatabase;
import com.outcomes.jira.store.SalSqlReads;
import com.outcomes.port.PersistenceException;
import com.outcomes.store.JiraTableNaming;
import com.outcomes.store.MetricRepository;
import com.outcomes.store.ReadingEntity;
import com.outcomes.store.ReadingRepository;
import com.outcomes.store.StoreTestDatabase;

import net.java.ao.Entity;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.schema.Table;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;

/**
 * The plugin's plain SQL reads on tables Active Objects created under the plugin's real Jira names, through a
 * SAL executor that hands out connections as Jira's does (auto-commit off, the host commits and closes), with
 * drivers that report the connection's schema, report none, or cannot tell.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(StoreTestDatabase.class)
@NameConverters(table = PluginTableNames.class, field = AtlassianFieldNameConverter.class)
@Data(StoreTestDatabase.StoreSchema.class)
public class SalSqlReadsOnEntityManagerTest {

    private static final Instant RECORDED_AT = Instant.parse("2026-11-02T09:00:00Z");
    private static final String READING_TABLE = "AO_F6FE92_READING";
    /** Quoted, so it keeps its case on every database (PostgreSQL folds unquoted names to lower case). */
    private static final String OTHER_SCHEMA = "OUTCOMES_ELSEWHERE";

    /** A table of the plugin that Active Objects has not created (yet). */
    @Table("LATE")
    public interface LateEntity extends Entity {
    }

    private EntityManager entityManager;
    private EntityManagerActiveObjects ao;
    private long metricId;

    @Before
    public void setUp() {
        ao = new EntityManagerActiveObjects(entityManager);
        metricId = new MetricRepository(new JiraStoreDatabase(ao, reads(executors()))).create("OUT-4", new MetricDefinition(
                MetricKind.OUTCOME, "Market share", "%", 10.0, 20.0, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), 7, null, null, null, null)).id();
    }

    @Test
    public void seriesReadInPlainSqlEqualWhatActiveObjectsEntitiesHold() {
        // given readings with a correction, through the adapter Jira wires (AO plus SAL reads)
        ReadingRepository overSql = new ReadingRepository(new JiraStoreDatabase(ao, reads(executors())));
        Reading wrong = overSql.append(metricId, new NewReading(99, LocalDate.of(2026, 2, 1), "typo", null, null),
                "alice", RECORDED_AT);
        overSql.append(metricId, new NewReading(9.9, LocalDate.of(2026, 2, 1), null, null, wrong.id()), "bob",
                RECORDED_AT.plusSeconds(60));
        overSql.append(metricId, new NewReading(0.1 + 0.2, LocalDate.of(2024, 2, 29), null, null, null), "bob",
                RECORDED_AT);

        // when
        Map<Long, List<ReadingPoint>> fromSql = overSql.seriesOf(List.of(metricId));

        // then the rows Active Objects' own entities hold, oldest first
        entityManager.flushAll();
        List<ReadingPoint> fromEntities = new ArrayList<>();
        for (ReadingEntity e : ao.find(ReadingEntity.class, Query.select().where(ReadingEntity.METRIC_ID + " = ?", metricId))) {
            fromEntities.add(new ReadingPoint(e.getID(), e.getMetricId(), e.getValue(), LocalDate.parse(e.getMeasuredAt()),
                    Instant.ofEpochMilli(e.getRecordedAt()), e.getSupersedes()));
        }
        fromEntities.sort(Comparator.comparing(ReadingPoint::measuredAt).thenComparing(ReadingPoint::recordedAt)
                .thenComparingLong(ReadingPoint::id));
        assertEquals(fromEntities, fromSql.get(metricId));
        assertEquals(3, fromSql.get(metricId).size());
    }

    @Test
    public void tableIsQualifiedWithTheConnectionsSchemaWhenTheTableIsThere() {
        // given a connection whose current schema is the one Active Objects created the tables in
        String schema = aoSchema();
        SalSqlReads reads = reads(executors().inSchema(schema));

        // when
        String table = reads.table(ReadingEntity.class);

        // then
        assertEquals(q(schema) + "." + q(READING_TABLE), table);
        assertEquals(List.of(0L), countReadings(reads));
    }

    @Test
    public void tableIsFoundInItsSchemaWhenTheConnectionsCurrentSchemaIsAnother() {
        // given a login whose default schema is not Jira's (SQL Server's dbo next to jiraschema)
        String schema = aoSchema();
        createSchema(OTHER_SCHEMA);
        try {
            JiraLikeExecutors elsewhere = executors().inSchema(OTHER_SCHEMA);
            assertThrows("an unqualified read misses the table there", PersistenceException.class,
                    () -> elsewhere.read("SELECT COUNT(*) FROM " + q(READING_TABLE)));

            // when
            SalSqlReads reads = reads(elsewhere);

            // then
            assertEquals(q(schema) + "." + q(READING_TABLE), reads.table(ReadingEntity.class));
            assertEquals(List.of(0L), countReadings(reads));
        } finally {
            dropSchema(OTHER_SCHEMA);
        }
    }

    @Test
    public void connectionReportingNoSchemaFindsTheTableWhereTheCatalogListsIt() {
        // given a driver whose connection reports no current schema
        String schema = aoSchema();
        SalSqlReads reads = reads(executors().withDriver(connection -> driver(connection, () -> null, false, null)));

        // when
        String table = reads.table(ReadingEntity.class);

        // then
        assertEquals(q(schema) + "." + q(READING_TABLE), table);
        assertEquals(List.of(0L), countReadings(reads));
    }

    @Test
    public void driverFailingToReportTheSchemaFindsTheTableWhereTheCatalogListsIt() {
        // given a driver that does not support Connection.getSchema
        String schema = aoSchema();
        SalSqlReads reads = reads(executors().withDriver(connection -> driver(connection, () -> {
            throw new SQLFeatureNotSupportedException("getSchema");
        }, false, null)));

        // when
        String table = reads.table(ReadingEntity.class);

        // then
        assertEquals(q(schema) + "." + q(READING_TABLE), table);
        assertEquals(List.of(0L), countReadings(reads));
    }

    @Test
    public void driverThatCanTellNeitherSchemaNorTablesReadsUnqualified() {
        // given a pre-JDBC 4.1 driver (no getSchema) that cannot list tables either
        SalSqlReads reads = reads(executors().withDriver(connection -> driver(connection, () -> {
            throw new AbstractMethodError("getSchema");
        }, true, null)));

        // when
        String table = reads.table(ReadingEntity.class);

        // then the database's own default schema resolves it, as it does for every unqualified query
        assertEquals(q(READING_TABLE), table);
        assertEquals(List.of(0L), countReadings(reads));
    }

    @Test
    public void schemaIsLookedUpOnceThenKept() {
        // given
        AtomicInteger lookups = new AtomicInteger();
        SalSqlReads reads = reads(executors().withDriver(connection -> driver(connection, connection::getSchema, false, lookups)));

        // when
        String first = reads.table(ReadingEntity.class);
        String again = reads.table(ReadingEntity.class);
        countReadings(reads);

        // then
        assertEquals(first, again);
        assertEquals(1, lookups.get());
    }

    @Test
    public void aTableNotCreatedYetIsLookedUpAgainOnceItExists() {
        // given a table Active Objects has not created: the read is qualified as an unqualified one would resolve
        String current = aoSchema();
        SalSqlReads reads = reads(executors().inSchema(current));
        String late = JiraTableNaming.tableName(LateEntity.class);
        assertEquals(q(current) + "." + q(late), reads.table(LateEntity.class));

        createSchema(OTHER_SCHEMA);
        try {
            // when the table then appears in a schema other than the connection's
            execute("CREATE TABLE " + q(OTHER_SCHEMA) + "." + q(late) + " (" + q("ID") + " INTEGER)");

            // then it is found there: nothing was kept from the first look
            assertEquals(q(OTHER_SCHEMA) + "." + q(late), reads.table(LateEntity.class));
        } finally {
            dropSchema(OTHER_SCHEMA);
        }
    }

    @Test
    public void aFailedQueryIsAPersistenceError() {
        SalSqlReads reads = reads(executors());

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

    /** The schema Active Objects created the tables in; the tests about schemas need a database that has them. */
    private String aoSchema() {
        String schema = entityManager.getProvider().getSchema();
        assumeTrue("the database has schemas", schema != null && !schema.isBlank());
        return schema;
    }

    private String q(String identifier) {
        try (Connection connection = entityManager.getProvider().getConnection()) {
            String quote = connection.getMetaData().getIdentifierQuoteString().trim();
            return quote + identifier + quote;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void createSchema(String schema) {
        execute("CREATE SCHEMA " + q(schema));
    }

    private void dropSchema(String schema) {
        execute("DROP SCHEMA " + q(schema) + " CASCADE");
    }

    private void execute(String sql) {
        try (Connection connection = entityManager.getProvider().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private JiraLikeExecutors executors() {
        return JiraLikeExecutors.of(entityManager);
    }

    private static SalSqlReads reads(TransactionalExecutorFactory executors) {
        return new SalSqlReads(executors);
    }

    @FunctionalInterface
    private interface SchemaAnswer {
        String get() throws SQLException;
    }

    /**
     * The real connection, but answering {@code getSchema} as told and, if {@code tablesUnsupported}, refusing to list
     * tables as a driver without that feature does; {@code lookups} (if given) counts the table listings.
     */
    private static Connection driver(Connection real, SchemaAnswer schema, boolean tablesUnsupported, AtomicInteger lookups) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getSchema")) {
                        return schema.get();
                    }
                    if (method.getName().equals("getMetaData")) {
                        DatabaseMetaData metaData = real.getMetaData();
                        return Proxy.newProxyInstance(DatabaseMetaData.class.getClassLoader(),
                                new Class<?>[] {DatabaseMetaData.class}, (metaProxy, metaMethod, metaArgs) -> {
                                    if (metaMethod.getName().equals("getTables")) {
                                        if (tablesUnsupported) {
                                            throw new SQLFeatureNotSupportedException("getTables");
                                        }
                                        if (lookups != null) {
                                            lookups.incrementAndGet();
                                        }
                                    }
                                    return invoke(metaMethod, metaData, metaArgs);
                                });
                    }
                    return invoke(method, real, args);
                });
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
