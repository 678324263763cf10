package com.outcomes.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

import com.outcomes.domain.FieldError;
import com.outcomes.domain.ValidationException;
import com.outcomes.rest.dto.MetricRequest;
import com.outcomes.rest.dto.ReadingRequest;

public class JsonTest {

    private static FieldError errorFor(String body) {
        return assertThrows(ValidationException.class, () -> Json.read(body, MetricRequest.class)).errors().get(0);
    }

    @Test
    public void malformedJsonNamesTheBody() {
        assertEquals(new FieldError("body", "outcomes.error.malformedJson").field(), errorFor("{\"name\":").field());
        assertEquals("outcomes.error.malformedJson", errorFor("{\"name\": 1} trailing").messageKey());
    }

    @Test
    public void emptyBodyIsRequired() {
        assertEquals("outcomes.error.bodyRequired", errorFor("  ").messageKey());
    }

    @Test
    public void anArrayIsValidJsonOfTheWrongShape() {
        assertEquals("outcomes.error.bodyObject", errorFor("[1, 2]").messageKey());
    }

    @Test
    public void textWhereANumberBelongsNamesTheField() {
        FieldError e = errorFor("{\"baseline\": \"ten\"}");
        assertEquals("baseline", e.field());
        assertEquals("outcomes.error.type.number", e.messageKey());
    }

    @Test
    public void fractionWhereAWholeNumberBelongsNamesTheField() {
        FieldError e = errorFor("{\"cadenceDays\": 7.5}");
        assertEquals("cadenceDays", e.field());
        assertEquals("outcomes.error.type.integer", e.messageKey());
    }

    @Test
    public void impossibleDateNamesTheField() {
        FieldError e = errorFor("{\"targetDate\": \"2026-02-30\"}");
        assertEquals("targetDate", e.field());
        assertEquals("outcomes.error.type.date", e.messageKey());
    }

    @Test
    public void dateAsANumberOrAnArrayIsNotADate() {
        // java.time's own Jackson module would read these as epoch days and [y, m, d]; ours takes ISO text only
        assertEquals("outcomes.error.type.date", errorFor("{\"targetDate\": 20000}").messageKey());
        assertEquals("outcomes.error.type.date", errorFor("{\"targetDate\": [2026, 12, 31]}").messageKey());
    }

    @Test
    public void isoDateIsReadAsALocalDate() {
        MetricRequest request = Json.read("{\"targetDate\": \"2026-12-31\"}", MetricRequest.class);

        assertEquals(java.time.LocalDate.of(2026, 12, 31), request.targetDate());
    }

    @Test
    public void datesAndInstantsAreWrittenAsIsoText() {
        record Stamp(java.time.LocalDate day, java.time.Instant at) {
        }

        String json = Json.write(new Stamp(java.time.LocalDate.of(2026, 1, 5),
                java.time.Instant.parse("2026-01-05T10:15:30.120Z")));

        assertEquals("{\"day\":\"2026-01-05\",\"at\":\"2026-01-05T10:15:30.120Z\"}", json);
    }

    @Test
    public void unknownKindListsTheAllowedValues() {
        FieldError e = errorFor("{\"kind\": \"OUTPUT\"}");
        assertEquals("kind", e.field());
        assertEquals("outcomes.error.oneOf", e.messageKey());
        assertEquals("OUTCOME, LEADING, GUARDRAIL, KPI", e.args()[0]);
    }

    @Test
    public void hugeNumbersBecomeInfinityForTheDomainValidatorToReject() {
        ReadingRequest r = Json.read("{\"value\": 1e400, \"measuredAt\": \"2026-11-01\"}", ReadingRequest.class);
        assertTrue(Double.isInfinite(r.toNewReading().value()));
    }

    @Test
    public void unknownFieldsAreIgnored() {
        MetricRequest r = Json.read("{\"name\": \"CSAT\", \"colour\": \"blue\"}", MetricRequest.class);
        assertEquals("CSAT", r.name());
    }

    @Test
    public void aBadKindDoesNotHideABadBaselineAndABadDate() {
        // when
        java.util.List<FieldError> errors = assertThrows(ValidationException.class, () -> Json.read(
                "{\"kind\": \"OUTPUT\", \"name\": \"CSAT\", \"baseline\": \"ten\", \"startDate\": \"2026-13-01\"}",
                MetricRequest.class)).errors();

        // then every field is named at once, in the body's record order
        assertEquals(java.util.List.of("kind", "baseline", "startDate"), errors.stream().map(FieldError::field).toList());
        assertEquals("outcomes.error.oneOf", errors.get(0).messageKey());
        assertEquals("outcomes.error.type.number", errors.get(1).messageKey());
    }
}
