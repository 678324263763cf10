package com.outcomes.service;

import static com.outcomes.service.ServiceFixture.TODAY;
import static com.outcomes.service.ServiceFixture.outcome;
import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.outcomes.domain.NewCheckIn;
import com.outcomes.domain.NewClosure;
import com.outcomes.domain.NewReading;
import com.outcomes.store.StoreTestDatabase;

import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * The closures of a whole portfolio come in one statement: "What we learned" and the dashboard (with or without
 * closed outcomes) take as many SQL statements for 40 outcomes as for 4.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(StoreTestDatabase.class)
@Data(StoreTestDatabase.StoreSchema.class)
public class LifecycleQueryCountTest {

    private EntityManager entityManager;
    private ServiceFixture fx;

    @Before
    public void setUp() {
        fx = new ServiceFixture(entityManager);
        portfolio("SMALL", 4);
        portfolio("LARGE", 40);
    }

    @Test
    public void whatWeLearnedTakesOneStatementWhateverThePortfolioSize() {
        // when
        int small = statements(() -> assertEquals(2, fx.core.lifecycle().closed("viewer", "SMALL").size()));
        int large = statements(() -> assertEquals(20, fx.core.lifecycle().closed("viewer", "LARGE").size()));

        // then
        assertEquals(1, small);
        assertEquals(small, large);
    }

    @Test
    public void theDashboardTakesAsManyStatementsForALargePortfolioAsForASmallOne() {
        for (boolean includeClosed : new boolean[] {false, true}) {
            int small = statements(() -> fx.core.dashboard().dashboard("viewer", "SMALL", null, 12, TODAY, includeClosed));
            int large = statements(() -> fx.core.dashboard().dashboard("viewer", "LARGE", null, 12, TODAY, includeClosed));

            // the store's write version, then (first time after a write) closures, metrics, readings, the latest
            // check-ins: one statement each; asked again (includeClosed only filters) the version alone
            assertEquals("includeClosed=" + includeClosed, includeClosed ? 1 : 5, small);
            assertEquals("includeClosed=" + includeClosed, small, large);
        }
    }

    @Test
    public void aReadingMakesTheNextDashboardReadItsBucketAgainAndAnyOtherWriteEverything() {
        // given both portfolios' evaluations kept
        fx.core.dashboard().dashboard("viewer", "SMALL", null, 12, TODAY, false);
        fx.core.dashboard().dashboard("viewer", "LARGE", null, 12, TODAY, false);
        assertEquals(1, statements(() -> fx.core.dashboard().dashboard("viewer", "LARGE", null, 12, TODAY, false)));

        // when a reading is recorded to one outcome of the small portfolio
        long metric = fx.core.metricRepository().byIssues(List.of("SMALL-1")).get(0).id();
        fx.core.readings().record("admin", metric, new NewReading(30, TODAY.minusDays(1), null, null, null));

        // then the next dashboard reads the version, then the readings of that metric's bucket alone
        assertEquals(2, statements(() -> fx.core.dashboard().dashboard("viewer", "SMALL", null, 12, TODAY, false)));
        assertEquals(1, statements(() -> fx.core.dashboard().dashboard("viewer", "SMALL", null, 12, TODAY, false)));

        // and after a write of another kind (a check-in) everything again, as many statements at any size
        fx.core.checkIns().add("admin", "SMALL-1", new NewCheckIn(4, null));
        assertEquals(5, statements(() -> fx.core.dashboard().dashboard("viewer", "SMALL", null, 12, TODAY, false)));
        assertEquals(5, statements(() -> fx.core.dashboard().dashboard("viewer", "LARGE", null, 12, TODAY, false)));
    }

    /** Outcomes with one metric and two readings each; every second one closed as missed. */
    private void portfolio(String project, int outcomes) {
        for (int i = 1; i <= outcomes; i++) {
            String key = project + "-" + i;
            fx.work.outcome(key, "Outcome " + i, null);
            long metric = fx.core.metrics().define("admin", key,
                    outcome("metric " + i, 0, 100, TODAY.minusDays(60), TODAY.plusDays(60))).metric().id();
            fx.core.readings().record("admin", metric, new NewReading(10, TODAY.minusDays(30), null, null, null));
            fx.core.readings().record("admin", metric, new NewReading(20, TODAY.minusDays(3), null, null, null));
            if (i % 2 == 0) {
                fx.core.lifecycle().close("admin", key, new NewClosure("MISSED", "learned " + i, TODAY.minusDays(i)));
            }
        }
    }

    private int statements(Runnable work) {
        entityManager.flushAll();
        AtomicInteger statements = new AtomicInteger();
        DatabaseProvider.SqlListener counter = sql -> statements.incrementAndGet();
        entityManager.getProvider().addSqlListener(counter);
        try {
            work.run();
        } finally {
            entityManager.getProvider().removeSqlListener(counter);
        }
        return statements.get();
    }
}
