package com.outcomes.service;

import static com.outcomes.service.ServiceFixture.outcome;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import com.outcomes.domain.NewReading;
import com.outcomes.domain.RiceScore;
import com.outcomes.error.NotFoundException;
import com.outcomes.store.StoreTestDatabase;

@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(StoreTestDatabase.class)
@Data(StoreTestDatabase.StoreSchema.class)
public class CalibrationServiceTest {

    private static final LocalDate AS_OF = ServiceFixture.TODAY;

    private EntityManager entityManager;
    private ServiceFixture fx;
    private long share;

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    @Before
    public void setUp() {
        fx = new ServiceFixture(entityManager);
        fx.work.challenge("OUT-1", "Grow").outcome("OUT-2", "Share", "OUT-1");
        // progress = value / 100; one reading on the first of each month, Jan .. Nov, rising 5 points a month
        share = fx.core.metrics().define("admin", "OUT-2", outcome("Share", 0, 100, d(1, 1), d(12, 31))).metric().id();
        for (int month = 1; month <= 11; month++) {
            fx.core.readings().record("admin", share, new NewReading(5 * month, d(month, 1), null, null, null));
        }
    }

    /** An epic of the outcome, all its issues done on the given days, rated with this impact. */
    private void doneEpic(String key, double impact, LocalDate... doneOn) {
        fx.work.epic(key, "Epic " + key, "OUT-2", 0, doneOn);
        fx.core.epics().setRice("admin", "OUT-2", key, new RiceScore(100, impact, 1, 1));
    }

    @Test
    public void observedChangeSpansTheDayBeforeTheFirstDoneIssueTo28DaysAfterTheLast() {
        // given an epic done 10 Mar .. 5 Apr: from 9 Mar (reading of 1 Mar: 15) to 3 May (reading of 1 May: 25)
        doneEpic("OUT-10", 2, d(3, 10), d(4, 5));
        // when
        Calibration calibration = fx.core.calibration().calibration("viewer", "OUT", AS_OF);
        // then
        assertEquals(1, calibration.n());
        Calibration.Point point = calibration.epics().get(0);
        assertEquals("OUT-10", point.epic().key());
        assertEquals(d(3, 9), point.observed().from());
        assertEquals(d(5, 3), point.observed().to());
        assertEquals(0.10, point.observed().progressChange(), 1e-9);
        assertNull(calibration.spearman()); // n < 5
    }

    @Test
    public void epicsNotDoneOrWithoutRiceOrWithoutAReadingBeforeTheyStartedAreLeftOut() {
        fx.work.epic("OUT-11", "Open work", "OUT-2", 1, d(3, 10));
        fx.core.epics().setRice("admin", "OUT-2", "OUT-11", new RiceScore(1, 1, 1, 1));
        fx.work.epic("OUT-12", "Unrated", "OUT-2", 0, d(3, 10));
        doneEpic("OUT-13", 1, d(1, 1)); // the day before is 31 Dec: no reading yet
        fx.work.epic("OUT-14", "No issues", "OUT-2", 0);
        fx.core.epics().setRice("admin", "OUT-2", "OUT-14", new RiceScore(1, 1, 1, 1));
        assertEquals(0, fx.core.calibration().calibration("viewer", "OUT", AS_OF).n());
    }

    @Test
    public void fiveDoneEpicsRankedLikeTheirImpactGiveRhoOne() {
        // given larger impact ↔ longer epics ↔ more movement while they shipped
        doneEpic("OUT-10", 0.25, d(2, 10));
        doneEpic("OUT-11", 0.5, d(2, 10), d(3, 10));
        doneEpic("OUT-12", 1, d(2, 10), d(4, 10));
        doneEpic("OUT-13", 2, d(2, 10), d(5, 10));
        doneEpic("OUT-14", 3, d(2, 10), d(6, 10));
        // when
        Calibration calibration = fx.core.calibration().calibration("viewer", "OUT", AS_OF);
        // then
        assertEquals(5, calibration.n());
        assertNotNull(calibration.spearman());
        assertEquals(1.0, calibration.spearman(), 1e-9);
    }

    @Test
    public void anEpicFinishedAfterAsOfIsNotYetDone() {
        doneEpic("OUT-10", 2, d(3, 10), d(4, 5));
        assertEquals(0, fx.core.calibration().calibration("viewer", "OUT", d(4, 1)).n());
    }

    @Test
    public void theOutcomesEpicsListCarriesTheObservedChange() {
        doneEpic("OUT-10", 2, d(3, 10), d(4, 5));
        fx.work.epic("OUT-11", "Open", "OUT-2", 2);
        List<EpicRanking> ranking = fx.core.epics().epicsOf("viewer", "OUT-2");
        assertEquals(0.10, ranking.get(0).observed().progressChange(), 1e-9);
        assertNull(ranking.get(1).observed());
    }

    @Test
    public void anInvisibleProjectIsNotFound() {
        assertThrows(NotFoundException.class, () -> fx.core.calibration().calibration("outsider", "OUT", AS_OF));
    }

    // Outside the runner's rolled-back transaction: the database is rebuilt after it, so nothing written here
    // reaches the next test (some of its writes were seen to outlive the rollback; the cause is not found yet).
    @Test
    @NonTransactional
    public void costsTheSameStatementsAndHostCallsForTwoOrTwentyEpics() {
        assertArrayEquals(costOf("A", 2), costOf("B", 20));
        assertEquals(4, costOf("C", 5)[0]); // metrics, reading series, RICE, closures
    }

    private int[] costOf(String prefix, int epics) {
        for (int i = 0; i < epics; i++) {
            doneEpic("OUT-" + prefix.charAt(0) + "0" + i, 1 + i % 3, d(3, 10));
        }
        entityManager.flushAll();
        fx.work.calls.set(0);
        AtomicInteger statements = new AtomicInteger();
        DatabaseProvider.SqlListener counter = sql -> statements.incrementAndGet();
        entityManager.getProvider().addSqlListener(counter);
        try {
            fx.core.calibration().calibration("viewer", "OUT", AS_OF);
        } finally {
            entityManager.getProvider().removeSqlListener(counter);
        }
        return new int[] {statements.get(), fx.work.calls.get()};
    }
}
