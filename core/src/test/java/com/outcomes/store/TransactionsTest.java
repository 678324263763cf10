package com.outcomes.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import com.outcomes.port.PersistenceException;

import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * The store's transaction policy, the same on every host because it is the store's and not the host's: a
 * transaction the database aborts as transient (serialization failure, deadlock) runs again from the start, any
 * other failure ends it, and work inside a transaction somebody else opened is never run twice. On the real ORM:
 * a retried attempt's writes must really have been rolled back.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(StoreTestDatabase.class)
@NameConverters(table = JiraTableNames.class, field = AtlassianFieldNameConverter.class)
@Data(StoreTestDatabase.StoreSchema.class)
public class TransactionsTest {

    private EntityManager entityManager;
    private EntityManagerDatabase database;
    private Transactions transactions;

    @Before
    public void setUp() {
        database = new EntityManagerDatabase(entityManager);
        transactions = new Transactions(database);
    }

    @Test
    @NonTransactional
    public void aTransientFailureOnTheFirstAttemptIsRetriedAndOnlyTheSecondAttemptIsStored() {
        // given work that writes a row, then is aborted by the database the first time
        AtomicInteger attempts = new AtomicInteger();

        // when
        String result = transactions.run(() -> {
            insertMetricRow("RETRY-1");
            if (attempts.incrementAndGet() == 1) {
                throw aborted("40001");
            }
            return "stored";
        });

        // then
        assertEquals("stored", result);
        assertEquals(2, attempts.get());
        assertEquals(1, metricRows("RETRY-1"));
    }

    @Test
    @NonTransactional
    public void aDeadlockIsRetriedToo() {
        AtomicInteger attempts = new AtomicInteger();

        transactions.run(() -> {
            insertMetricRow("RETRY-2");
            if (attempts.incrementAndGet() == 1) {
                throw aborted("40P01");
            }
            return null;
        });

        assertEquals(2, attempts.get());
        assertEquals(1, metricRows("RETRY-2"));
    }

    @Test
    @NonTransactional
    public void aFailureThatIsNotTransientIsNotRetriedAndNothingIsStored() {
        // given work whose write breaks a constraint
        AtomicInteger attempts = new AtomicInteger();
        PersistenceException violation = aborted("23505");

        // when
        PersistenceException thrown = assertThrows(PersistenceException.class, () -> transactions.run(() -> {
            attempts.incrementAndGet();
            insertMetricRow("RETRY-3");
            throw violation;
        }));

        // then
        assertSame(violation, thrown);
        assertEquals(1, attempts.get());
        assertEquals(0, metricRows("RETRY-3"));
    }

    @Test
    @NonTransactional
    public void aTransactionTheDatabaseKeepsAbortingIsGivenUpAfterTheLastAttempt() {
        AtomicInteger attempts = new AtomicInteger();

        assertThrows(PersistenceException.class, () -> transactions.run(() -> {
            attempts.incrementAndGet();
            throw aborted("40001");
        }));

        assertEquals(Transactions.MAX_ATTEMPTS, attempts.get());
    }

    @Test
    @NonTransactional
    public void nestedWorkIsNotRetriedOnItsOwnButWithTheWholeTransaction() {
        // given an inner transaction (another repository over the same database) aborted the first time
        AtomicInteger outer = new AtomicInteger();
        AtomicInteger inner = new AtomicInteger();
        Transactions another = new Transactions(database);

        // when
        transactions.run(() -> {
            outer.incrementAndGet();
            insertMetricRow("RETRY-4");
            return another.run(() -> {
                if (inner.incrementAndGet() == 1) {
                    throw aborted("40001");
                }
                return null;
            });
        });

        // then the outer transaction ran again, the inner work once per outer attempt
        assertEquals(2, outer.get());
        assertEquals(2, inner.get());
        assertEquals(1, metricRows("RETRY-4"));
    }

    @Test
    public void workInsideATransactionSomebodyElseOpenedIsNeverRetried() {
        // given the test runner's own transaction around this test
        AtomicInteger attempts = new AtomicInteger();
        PersistenceException abort = aborted("40001");

        // when
        PersistenceException thrown = assertThrows(PersistenceException.class, () -> transactions.run(() -> {
            attempts.incrementAndGet();
            throw abort;
        }));

        // then the failure is the opener's to handle
        assertSame(abort, thrown);
        assertEquals(1, attempts.get());
    }

    private void insertMetricRow(String issueKey) {
        database.create(MetricEntity.class, new DBParam(MetricEntity.ISSUE_KEY, issueKey),
                new DBParam(MetricEntity.KIND, "OUTCOME"), new DBParam(MetricEntity.NAME, "m"),
                new DBParam(MetricEntity.CADENCE_DAYS, 7));
    }

    private int metricRows(String issueKey) {
        return database.count(MetricEntity.class, Query.select().where(MetricEntity.ISSUE_KEY + " = ?", issueKey));
    }

    /** A database failure as the hosts report it: wrapped, with the SQLSTATE on the SQLException inside. */
    private static PersistenceException aborted(String sqlState) {
        return new PersistenceException("the database aborted the transaction", new SQLException("aborted", sqlState));
    }
}
