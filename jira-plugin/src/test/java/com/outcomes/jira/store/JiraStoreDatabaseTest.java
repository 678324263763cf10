package com.outcomes.jira.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.Test;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import com.outcomes.port.PersistenceException;

import net.java.ao.DBParam;
import net.java.ao.Entity;
import net.java.ao.Query;

public class JiraStoreDatabaseTest {

    /** A throw-away entity type: the adapter only passes types through. */
    public interface Thing extends Entity {
    }

    private final ActiveObjects ao = mock(ActiveObjects.class);
    private final SalSqlReads sqlReads = mock(SalSqlReads.class);
    private final JiraStoreDatabase database = new JiraStoreDatabase(ao, sqlReads);

    @Test
    public void createDelegatesWithTheSameParameters() {
        Thing thing = mock(Thing.class);
        DBParam name = new DBParam("NAME", "x");
        when(ao.create(Thing.class, name)).thenReturn(thing);

        assertSame(thing, database.create(Thing.class, name));
        verify(ao).create(Thing.class, name);
    }

    @Test
    public void getFindAndCountDelegate() {
        Thing thing = mock(Thing.class);
        Query query = Query.select().where("ID > ?", 0);
        when(ao.get(Thing.class, 7)).thenReturn(thing);
        when(ao.find(Thing.class, query)).thenReturn(new Thing[] {thing});
        when(ao.count(Thing.class, query)).thenReturn(1);

        assertSame(thing, database.get(Thing.class, 7));
        assertEquals(1, database.find(Thing.class, query).length);
        assertEquals(1, database.count(Thing.class, query));
    }

    @Test
    public void activeObjectsFailureBecomesPersistenceException() {
        IllegalStateException cause = new IllegalStateException("connection lost");
        when(ao.count(any(), any())).thenThrow(cause);

        try {
            database.count(Thing.class, Query.select());
            fail("expected a PersistenceException");
        } catch (PersistenceException e) {
            assertSame(cause, e.getCause());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    public void aNewTransactionRunsTheWorkInsideExecuteInTransaction() {
        // given Active Objects that marks the span of its transaction
        AtomicBoolean open = new AtomicBoolean(false);
        when(ao.executeInTransaction(any())).thenAnswer(call -> {
            open.set(true);
            try {
                return ((TransactionCallback<Object>) call.getArgument(0)).doInTransaction();
            } finally {
                open.set(false);
            }
        });
        AtomicBoolean ranInside = new AtomicBoolean(false);

        // when
        String result = database.inNewTransaction(() -> {
            ranInside.set(open.get());
            return "stored";
        });

        // then
        assertEquals("stored", result);
        assertTrue(ranInside.get());
        assertFalse(open.get());
    }

    @Test
    public void aNewTransactionDoesNotRunTheWorkOutsideActiveObjects() {
        // given Active Objects that does not run the callback (as if the transaction could not start)
        when(ao.executeInTransaction(any())).thenReturn(null);
        AtomicBoolean ran = new AtomicBoolean(false);

        // when
        database.inNewTransaction(() -> ran.getAndSet(true));

        // then
        assertFalse(ran.get());
    }

    @Test
    @SuppressWarnings("unchecked")
    public void failureOfTheWorkPropagatesUnchanged() {
        when(ao.executeInTransaction(any())).thenAnswer(call -> ((TransactionCallback<Object>) call.getArgument(0)).doInTransaction());
        IllegalArgumentException failure = new IllegalArgumentException("bad reading");

        try {
            database.inNewTransaction(() -> {
                throw failure;
            });
            fail("expected the work's exception");
        } catch (IllegalArgumentException e) {
            assertSame(failure, e);
        }
    }

    @Test
    public void plainSqlReadsGoThroughSal() {
        assertSame(sqlReads, database.sqlReads());
    }

    @Test
    public void createAllInsertsEveryRowInOneBatchedCall() {
        // given three rows of a CSV import
        List<Map<String, Object>> rows = List.of(Map.of("NAME", "a"), Map.of("NAME", "b"), Map.of("NAME", "c"));

        // when
        database.createAll(Thing.class, rows);

        // then one batched insert, never one create per row
        verify(ao, times(1)).create(Thing.class, rows);
        verify(ao, never()).create(eq(Thing.class), any(DBParam[].class));
    }

    @Test
    public void createAllWithNoRowsDoesNotTouchTheDatabase() {
        // when
        database.createAll(Thing.class, List.of());

        // then
        verify(ao, never()).create(eq(Thing.class), anyList());
    }

    @Test
    public void createAllFailureBecomesPersistenceException() {
        // given
        IllegalStateException cause = new IllegalStateException("duplicate key");
        List<Map<String, Object>> rows = List.of(Map.of("NAME", "a"));
        doThrow(cause).when(ao).create(Thing.class, rows);

        // when / then
        try {
            database.createAll(Thing.class, rows);
            fail("expected a PersistenceException");
        } catch (PersistenceException e) {
            assertSame(cause, e.getCause());
        }
    }
}
