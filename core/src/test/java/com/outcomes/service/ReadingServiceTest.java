package com.outcomes.service;

import static com.outcomes.service.ServiceFixture.TODAY;
import static com.outcomes.service.ServiceFixture.outcome;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;

import net.java.ao.EntityManager;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import com.outcomes.domain.ErrorKeys;
import com.outcomes.domain.FieldError;
import com.outcomes.domain.NewReading;
import com.outcomes.domain.Reading;
import com.outcomes.domain.ValidationException;
import com.outcomes.error.ConflictException;
import com.outcomes.error.ForbiddenException;
import com.outcomes.error.NotFoundException;
import com.outcomes.store.ReadingEntity;
import com.outcomes.store.StoreTestDatabase;

@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(StoreTestDatabase.class)
@Data(StoreTestDatabase.StoreSchema.class)
public class ReadingServiceTest {

    private EntityManager entityManager;
    private ServiceFixture fx;
    private long metricId;

    @Before
    public void setUp() {
        fx = new ServiceFixture(entityManager);
        fx.work.outcome("OUT-2", "Customers are satisfied", null);
        metricId = fx.core.metrics().define("admin", "OUT-2",
                outcome("CSAT", 75, 90, TODAY.minusDays(30), TODAY.plusDays(60))).metric().id();
    }

    @Test
    public void recordKeepsWhoRecordedAndWhen() {
        Reading r = fx.core.readings().record("admin", metricId, new NewReading(78, TODAY, " weekly survey ", null, null));
        assertEquals("admin", r.recordedBy());
        assertEquals(ServiceFixture.CLOCK.instant(), r.recordedAt());
        assertEquals("weekly survey", r.note());
    }

    @Test
    public void correctionSupersedesAndHistoryKeepsBoth() {
        Reading wrong = fx.core.readings().record("admin", metricId, new NewReading(87, TODAY.minusDays(1), null, null, null));
        // when
        fx.core.readings().record("admin", metricId, new NewReading(78, TODAY.minusDays(1), "typo", null, wrong.id()));
        // then
        List<ReadingView> history = fx.core.readings().history("viewer", metricId);
        assertEquals(2, history.size());
        assertTrue(history.stream().filter(v -> v.reading().id() == wrong.id()).findFirst().orElseThrow().superseded());
        assertEquals(Double.valueOf(78), fx.core.metrics().get("viewer", metricId, TODAY).evaluation().current());
    }

    @Test
    public void aReadingCanBeCorrectedOnlyOnce() {
        Reading wrong = fx.core.readings().record("admin", metricId, new NewReading(87, TODAY, null, null, null));
        fx.core.readings().record("admin", metricId, new NewReading(78, TODAY, null, null, wrong.id()));
        assertThrows(ConflictException.class,
                () -> fx.core.readings().record("admin", metricId, new NewReading(79, TODAY, null, null, wrong.id())));
    }

    @Test
    public void correctingAReadingOfAnotherMetricIsRejected() throws Exception {
        long other = fx.core.metrics().define("admin", "OUT-2",
                outcome("NPS", 32, 50, TODAY.minusDays(30), TODAY.plusDays(60))).metric().id();
        Reading foreign = fx.core.readings().record("admin", other, new NewReading(40, TODAY, null, null, null));
        ValidationException e = assertThrows(ValidationException.class,
                () -> fx.core.readings().record("admin", metricId, new NewReading(78, TODAY, null, null, foreign.id())));
        assertEquals("supersedes", e.errors().get(0).field());
        assertEquals(1, entityManager.count(ReadingEntity.class));
    }

    @Test
    public void futureReadingIsRejectedAndNothingStored() throws Exception {
        ValidationException e = assertThrows(ValidationException.class,
                () -> fx.core.readings().record("admin", metricId, new NewReading(78, TODAY.plusDays(2), null, null, null)));
        assertEquals("measuredAt", e.errors().get(0).field());
        assertEquals(0, entityManager.count(ReadingEntity.class));
    }

    @Test
    public void historiesOfAnIssueComeKeyedByMetricWithCorrectionsMarked() {
        long other = fx.core.metrics().define("admin", "OUT-2",
                outcome("NPS", 32, 50, TODAY.minusDays(30), TODAY.plusDays(60))).metric().id();
        Reading wrong = fx.core.readings().record("admin", metricId, new NewReading(87, TODAY, null, null, null));
        fx.core.readings().record("admin", metricId, new NewReading(78, TODAY, null, null, wrong.id()));
        fx.core.readings().record("admin", other, new NewReading(40, TODAY, null, null, null));
        // when
        var histories = fx.core.readings().historiesOfIssue("viewer", "OUT-2");
        // then
        assertEquals(2, histories.get(metricId).size());
        assertTrue(histories.get(metricId).get(0).superseded() || histories.get(metricId).get(1).superseded());
        assertEquals(1, histories.get(other).size());
        assertThrows(NotFoundException.class, () -> fx.core.readings().historiesOfIssue("outsider", "OUT-2"));
    }

    @Test
    public void viewerMayNotRecord() throws Exception {
        assertThrows(ForbiddenException.class,
                () -> fx.core.readings().record("viewer", metricId, new NewReading(78, TODAY, null, null, null)));
        assertEquals(0, entityManager.count(ReadingEntity.class));
    }

    @Test
    public void csvImportStoresEveryLineWithAHeader() {
        ImportResult result = fx.core.readings().importCsv("admin", metricId,
                "measuredAt,value,note\n2026-10-01,76,first\n2026-10-15,77.5\n\n2026-11-01,79,\"quoted, note\"\n");
        assertEquals(3, result.imported());
        List<ReadingView> history = fx.core.readings().history("viewer", metricId);
        assertEquals("quoted, note", history.get(2).reading().note());
        assertFalse(history.get(0).superseded());
    }

    @Test
    public void csvImportWithOneBadLineImportsNothingAndNamesTheLine() throws Exception {
        ValidationException e = assertThrows(ValidationException.class, () -> fx.core.readings().importCsv("admin",
                metricId, "2026-10-01,76\n2026-10-15,seventy\n2026-11-01,79\n"));
        assertEquals("line 2.value", e.errors().get(0).field());
        assertEquals(0, entityManager.count(ReadingEntity.class));
    }

    @Test
    public void csvThatCannotBeParsedNamesTheLineWhereReadingStoppedAndImportsNothing() throws Exception {
        // given a note whose quote is never closed on line 2, after a good line 1
        ValidationException e = assertThrows(ValidationException.class, () -> fx.core.readings().importCsv("admin",
                metricId, "2026-10-01,76\n2026-10-02,77,\"unclosed note\n2026-10-03,78\n"));

        // then the line is named, as for any bad line, and nothing is stored
        assertEquals(List.of("line 2:outcomes.error.csvLineMalformed"),
                e.errors().stream().map(fe -> fe.field() + ":" + fe.messageKey()).toList());
        assertEquals(0, entityManager.count(ReadingEntity.class));
    }

    @Test
    public void csvImportRejectsImpossibleDatesAndEmptyFiles() throws Exception {
        ValidationException bad = assertThrows(ValidationException.class,
                () -> fx.core.readings().importCsv("admin", metricId, "2026-02-30,76\n"));
        assertEquals("line 1.measuredAt", bad.errors().get(0).field());
        ValidationException empty = assertThrows(ValidationException.class,
                () -> fx.core.readings().importCsv("admin", metricId, "measuredAt,value\n"));
        assertEquals("csv", empty.errors().get(0).field());
        assertEquals(0, entityManager.count(ReadingEntity.class));
    }

    @Test
    public void csvValuesAreDecimalsAsSpreadsheetsWriteThemNotJavaNumberSyntax() throws Exception {
        // given cells Double.parseDouble reads but no spreadsheet means as numbers
        ValidationException e = assertThrows(ValidationException.class, () -> fx.core.readings().importCsv("admin",
                metricId, "2026-10-01,0x1p3\n2026-10-02,1d\n2026-10-03,NaN\n2026-10-04,Infinity\n2026-10-05,76\n"));

        // then each is named by its cell, and nothing is stored
        assertEquals(List.of("line 1.value", "line 2.value", "line 3.value", "line 4.value"),
                e.errors().stream().map(FieldError::field).toList());
        assertEquals("outcomes.error.number", e.errors().get(0).messageKey());
        assertEquals(0, entityManager.count(ReadingEntity.class));
    }

    @Test
    public void csvValuesBeyondOneQuadrillionAndBrokenNotesAreNamedByCell() throws Exception {
        ValidationException e = assertThrows(ValidationException.class, () -> fx.core.readings().importCsv("admin",
                metricId, "2026-10-01,1e39\n2026-10-02,76,bad\u0000note\n2026-10-03,77,\uD83D\n+2026-10-04,78\n"));

        assertEquals(List.of("line 1.value:" + ErrorKeys.MAGNITUDE, "line 2.note:" + ErrorKeys.NUL,
                        "line 3.note:" + ErrorKeys.UNPAIRED_SURROGATE, "line 4.measuredAt:outcomes.error.date"),
                e.errors().stream().map(fe -> fe.field() + ":" + fe.messageKey()).toList());
        assertEquals(0, entityManager.count(ReadingEntity.class));
    }

    @Test
    public void aRejectedCellIsQuotedShortAndClean() {
        ValidationException e = assertThrows(ValidationException.class, () -> fx.core.readings().importCsv("admin",
                metricId, "2026-10-01," + "9".repeat(500) + "x\n"));

        String quoted = (String) e.errors().get(0).args().get(0);
        assertTrue(quoted, quoted.length() <= 41 && quoted.endsWith("\u2026"));
    }

    @Test
    public void csvOfMoreThanAMillionLinesIsRefusedBeforeParsing() throws Exception {
        String csv = "2026-10-01,76\n".repeat(ReadingService.MAX_CSV_LINES + 1);

        ValidationException e = assertThrows(ValidationException.class,
                () -> fx.core.readings().importCsv("admin", metricId, csv));

        assertEquals("csv", e.errors().get(0).field());
        assertEquals("outcomes.error.csvTooManyLines", e.errors().get(0).messageKey());
        assertEquals(0, entityManager.count(ReadingEntity.class));
    }

    @Test
    public void linesAreCountedAsEditorsShowThem() {
        assertEquals(0, ReadingService.lineCount(""));
        assertEquals(1, ReadingService.lineCount("a"));
        assertEquals(1, ReadingService.lineCount("a\n"));
        assertEquals(2, ReadingService.lineCount("a\r\nb"));
        assertEquals(3, ReadingService.lineCount("a\rb\n\n"));
        assertEquals(ReadingService.MAX_CSV_LINES, ReadingService.lineCount("x\n".repeat(ReadingService.MAX_CSV_LINES)));
    }
}
