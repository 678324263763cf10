package com.outcomes.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.outcomes.domain.CheckIn;
import com.outcomes.domain.NewCheckIn;

import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;
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
public class CheckInRepositoryTest {

    private static final Instant MONDAY = Instant.parse("2026-11-02T09:00:00Z");

    private EntityManager entityManager;
    private CheckInRepository checkIns;

    @BeforeClass
    public static void announceDatabase() {
        LoggerFactory.getLogger(CheckInRepositoryTest.class).info("Running on {}", StoreTestDatabase.describe());
    }

    @Before
    public void setUp() {
        checkIns = new CheckInRepository(new EntityManagerDatabase(entityManager));
    }

    private CheckIn add(String issueKey, int confidence, String comment, Instant at) {
        return checkIns.append(issueKey, new NewCheckIn(confidence, comment), "alice", at);
    }

    @Test
    public void appendStoresEveryFieldExactlyAndReturnsItAsStored() {
        // given a comment of 4000 characters, emoji included
        String comment = "\uD83D\uDE00".repeat(1000) + "<b>\"risky\"</b>" + "\u00e9".repeat(2986);
        Instant at = Instant.parse("2026-11-02T09:00:00.123456Z");

        // when
        CheckIn stored = add("OUT-1", 4, comment, at);

        assertEquals(4000, comment.codePointCount(0, comment.length()));
        // then the answer is the row, with the time in the millisecond the row holds
        assertEquals(new CheckIn(stored.id(), "OUT-1", 4, comment, "alice", Instant.parse("2026-11-02T09:00:00.123Z")),
                stored);
        assertEquals(List.of(stored), checkIns.of("OUT-1"));
    }

    @Test
    public void aCheckInWithoutCommentKeepsNone() {
        CheckIn stored = add("OUT-1", 8, null, MONDAY);

        assertNull(checkIns.of("OUT-1").get(0).comment());
        assertEquals(8, stored.confidence());
    }

    @Test
    public void ofListsOneOutcomesCheckInsNewestFirst() {
        // given
        CheckIn first = add("OUT-1", 7, "start", MONDAY);
        CheckIn third = add("OUT-1", 3, "worse", MONDAY.plusSeconds(7200));
        CheckIn second = add("OUT-1", 5, "hm", MONDAY.plusSeconds(3600));
        add("OUT-2", 9, "other outcome", MONDAY);

        // when / then
        assertEquals(List.of(third, second, first), checkIns.of("OUT-1"));
        assertEquals(List.of(), checkIns.of("OUT-3"));
    }

    @Test
    public void latestOfManyOutcomesIsEachOnesNewestAndLeavesOutThoseWithout() {
        // given
        add("OUT-1", 7, "start", MONDAY);
        CheckIn latest1 = add("OUT-1", 2, "blocked", MONDAY.plusSeconds(60));
        CheckIn latest2 = add("OUT-2", 9, null, MONDAY);

        // when
        Map<String, CheckIn> latest = checkIns.latestOf(List.of("OUT-1", "OUT-2", "OUT-3"));

        // then
        assertEquals(Map.of("OUT-1", latest1, "OUT-2", latest2), latest);
        assertTrue(checkIns.latestOf(List.of()).isEmpty());
    }

    @Test
    public void listingOneOutcomeTakesOneStatementHoweverManyCheckInsItHas() {
        // given an outcome with 3 check-ins and one with 60
        for (int i = 0; i < 3; i++) {
            add("OUT-1", 5, "few " + i, MONDAY.plusSeconds(i));
        }
        for (int i = 0; i < 60; i++) {
            add("OUT-2", 5, "many " + i, MONDAY.plusSeconds(i));
        }

        // when / then: the list endpoint's read is one statement, and touching every value adds none
        assertEquals(1, statementsToList("OUT-1", 3));
        assertEquals(1, statementsToList("OUT-2", 60));
    }

    private int statementsToList(String issueKey, int expected) {
        entityManager.flushAll();
        AtomicInteger statements = new AtomicInteger();
        DatabaseProvider.SqlListener counter = sql -> statements.incrementAndGet();
        entityManager.getProvider().addSqlListener(counter);
        try {
            List<CheckIn> listed = checkIns.of(issueKey);
            assertEquals(expected, listed.size());
            listed.forEach(c -> assertTrue(c.comment().length() > 0 && c.createdBy().equals("alice")));
        } finally {
            entityManager.getProvider().removeSqlListener(counter);
        }
        return statements.get();
    }

    @Test
    public void betweenReadsTheCheckInsOfManyOutcomesInTheHalfOpenRangeNewestFirst() {
        // given a sprint from Monday to the next Monday
        Instant end = MONDAY.plusSeconds(7 * 86400);
        add("OUT-1", 6, "before", MONDAY.minusMillis(1));
        CheckIn atStart = add("OUT-1", 5, "at start", MONDAY);
        CheckIn during = add("OUT-1", 4, "during", MONDAY.plusSeconds(86400));
        add("OUT-1", 3, "at end", end);
        CheckIn other = add("OUT-2", 8, null, MONDAY.plusSeconds(10));
        add("OUT-9", 1, "not asked for", MONDAY.plusSeconds(10));

        // when
        Map<String, List<CheckIn>> inSprint = checkIns.between(List.of("OUT-1", "OUT-2", "OUT-3"), MONDAY, end);

        // then
        assertEquals(Map.of("OUT-1", List.of(during, atStart), "OUT-2", List.of(other), "OUT-3", List.of()), inSprint);
    }
}
