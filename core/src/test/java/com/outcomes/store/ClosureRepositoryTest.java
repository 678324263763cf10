package com.outcomes.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.outcomes.domain.Closure;
import com.outcomes.domain.OutcomeResult;
import com.outcomes.error.ConflictException;

import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;

import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.slf4j.LoggerFactory;

@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(StoreTestDatabase.class)
@NameConverters(table = JiraTableNames.class, field = AtlassianFieldNameConverter.class)
@Data(StoreTestDatabase.StoreSchema.class)
public class ClosureRepositoryTest {

    private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");
    private static final LocalDate CLOSED_ON = LocalDate.of(2026, 11, 20);

    private EntityManager entityManager;
    private EntityManagerDatabase persistence;
    private ClosureRepository closures;

    @BeforeClass
    public static void announceDatabase() {
        LoggerFactory.getLogger(ClosureRepositoryTest.class).info("Running on {}", StoreTestDatabase.describe());
    }

    @Before
    public void setUp() {
        persistence = new EntityManagerDatabase(entityManager);
        closures = new ClosureRepository(persistence);
    }

    @Test
    public void aClosureIsStoredExactlyAndIsCurrent() {
        // given a learning of emoji and accents, longer than a VARCHAR(255)
        String learning = "Onboarding was not the bottleneck \uD83D\uDE00 — pricing était. ".repeat(60);
        Closure closure = new Closure("OUT-1", OutcomeResult.MISSED, learning, CLOSED_ON, "admin", 0.42);

        // when
        closures.close(closure, AT);

        // then
        assertEquals(closure, closures.current("OUT-1").orElseThrow());
        assertTrue(closures.current("OUT-2").isEmpty());
    }

    @Test
    public void anAchievedOutcomeWithoutLearningOrScoreKeepsThemNull() {
        closures.close(new Closure("OUT-1", OutcomeResult.ACHIEVED, null, CLOSED_ON, "admin", null), AT);

        Closure stored = closures.current("OUT-1").orElseThrow();
        assertNull(stored.learning());
        assertNull(stored.finalScore());
    }

    @Test
    public void closingAClosedOutcomeIsAConflictAndStoresNothing() {
        closures.close(new Closure("OUT-1", OutcomeResult.ACHIEVED, null, CLOSED_ON, "admin", 1.0), AT);

        assertThrows(ConflictException.class, () -> closures.close(
                new Closure("OUT-1", OutcomeResult.MISSED, "again", CLOSED_ON, "admin", 0.1), AT));
        assertEquals(1, persistence.count(ClosureEntity.class, Query.select()));
        assertEquals(OutcomeResult.ACHIEVED, closures.current("OUT-1").orElseThrow().result());
    }

    @Test
    public void reopeningKeepsTheOldClosureButItIsNoLongerCurrent() {
        // given
        Closure first = new Closure("OUT-1", OutcomeResult.MISSED, "first try", CLOSED_ON, "admin", 0.2);
        closures.close(first, AT);

        // when
        Closure ended = closures.reopen("OUT-1", "lead", AT.plusSeconds(60));

        // then
        assertEquals(first, ended);
        assertTrue(closures.current("OUT-1").isEmpty());
        ClosureEntity kept = persistence.find(ClosureEntity.class, Query.select())[0];
        assertEquals("first try", kept.getLearning());
        assertEquals("lead", kept.getReopenedBy());
        assertEquals(AT.plusSeconds(60).toString(), kept.getReopenedAt());
    }

    @Test
    public void aReopenedOutcomeCanBeClosedAgainAndOnlyTheNewClosureIsCurrent() {
        closures.close(new Closure("OUT-1", OutcomeResult.MISSED, "first try", CLOSED_ON, "admin", 0.2), AT);
        closures.reopen("OUT-1", "admin", AT);
        Closure second = new Closure("OUT-1", OutcomeResult.ACHIEVED, null, CLOSED_ON.plusDays(2), "admin", 1.0);

        closures.close(second, AT);

        assertEquals(second, closures.current("OUT-1").orElseThrow());
        assertEquals(Map.of("OUT-1", second), closures.currentOf(List.of("OUT-1")));
        assertEquals(2, persistence.count(ClosureEntity.class, Query.select()));
    }

    @Test
    public void reopeningAnOpenOutcomeIsAConflict() {
        assertThrows(ConflictException.class, () -> closures.reopen("OUT-1", "admin", AT));
        assertEquals(0, persistence.count(ClosureEntity.class, Query.select()));
    }

    @Test
    public void theCurrentClosuresOfManyOutcomesAreReadInOneStatement() {
        // given 1200 outcomes (more than one IN list holds), every third one closed
        List<String> keys = new ArrayList<>();
        for (int i = 1; i <= 1200; i++) {
            keys.add("BIG-" + i);
            if (i % 3 == 0) {
                closures.close(new Closure("BIG-" + i, OutcomeResult.ACHIEVED, null, CLOSED_ON, "seed", 1.0), AT);
            }
        }
        entityManager.flushAll();

        // when
        int few = statements(() -> assertEquals(1, closures.currentOf(keys.subList(0, 5)).size()));
        int many = statements(() -> assertEquals(400, closures.currentOf(keys).size()));

        // then one statement per 1000 keys, never one per outcome
        assertEquals(1, few);
        assertEquals(2, many);
    }

    private int statements(Runnable work) {
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
