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
    public void malformedJsonBetweenFieldsNamesTheBody() {
        assertEquals("body", errorFor("{").field());
        assertEquals("body", errorFor("{\"name\": \"x\"} trailing").field());
        assertEquals("outcomes.error.malformedJson", errorFor("{\"name\": \"x\"} trailing").messageKey());
    }

    @Test
    public void malformedJsonInsideAFieldNamesThatField() {
        // NaN and Infinity are not JSON; the client learns which value to fix
        FieldError e = errorFor("{\"baseline\": NaN}");
        assertEquals("baseline", e.field());
        assertEquals("outcomes.error.malformedJson", e.messageKey());
        assertEquals("target", errorFor("{\"target\": -Infinity}").field());
        assertEquals("name", errorFor("{\"name\":").field());
    }

    /** Each row: body, field named, message key. Every one of them was accepted or coerced before. */
    private static final String[][] STRICT_TYPES = {
            {"{\"kind\": 0}", "kind", "outcomes.error.oneOf"},
            {"{\"kind\": 3}", "kind", "outcomes.error.oneOf"},
            {"{\"kind\": \"0\"}", "kind", "outcomes.error.oneOf"},
            {"{\"kind\": 1.0}", "kind", "outcomes.error.oneOf"},
            {"{\"kind\": \"\"}", "kind", "outcomes.error.oneOf"},
            {"{\"kind\": \"outcome\"}", "kind", "outcomes.error.oneOf"},
            {"{\"comparator\": 1}", "comparator", "outcomes.error.oneOf"},
            {"{\"name\": 42}", "name", "outcomes.error.type.text"},
            {"{\"name\": 4.2}", "name", "outcomes.error.type.text"},
            {"{\"name\": true}", "name", "outcomes.error.type.text"},
            {"{\"name\": [\"CSAT\"]}", "name", "outcomes.error.type.text"},
            {"{\"name\": {\"text\": \"CSAT\"}}", "name", "outcomes.error.type.text"},
            {"{\"issueKey\": 12}", "issueKey", "outcomes.error.type.text"},
            {"{\"unit\": false}", "unit", "outcomes.error.type.text"},
            {"{\"source\": 1e3}", "source", "outcomes.error.type.text"},
            {"{\"baseline\": \"10\"}", "baseline", "outcomes.error.type.number"},
            {"{\"baseline\": \"\"}", "baseline", "outcomes.error.type.number"},
            {"{\"target\": true}", "target", "outcomes.error.type.number"},
            {"{\"threshold\": [1]}", "threshold", "outcomes.error.type.number"},
            {"{\"cadenceDays\": \"7\"}", "cadenceDays", "outcomes.error.type.integer"},
            {"{\"cadenceDays\": 1e1}", "cadenceDays", "outcomes.error.type.integer"},
            {"{\"cadenceDays\": 99999999999}", "cadenceDays", "outcomes.error.wholeNumberRange"},
            {"{\"parentMetricId\": 99999999999999999999}", "parentMetricId", "outcomes.error.wholeNumberRange"},
            {"{\"startDate\": \"+100000000-01-01\"}", "startDate", "outcomes.error.type.date"},
            {"{\"startDate\": \"10000-01-01\"}", "startDate", "outcomes.error.type.date"},
            {"{\"targetDate\": \"2026-1-1\"}", "targetDate", "outcomes.error.type.date"},
            {"{\"name\": \"a\", \"name\": \"b\"}", "name", "outcomes.error.duplicateField"},
    };

    @Test
    public void typesAreStrictAndEveryMismatchNamesItsField() {
        for (String[] row : STRICT_TYPES) {
            FieldError e = errorFor(row[0]);
            assertEquals(row[0], row[1] + " " + row[2], e.field() + " " + e.messageKey());
        }
    }

    @Test
    public void readingAndRiceFieldsAreStrictToo() {
        FieldError note = assertThrows(ValidationException.class,
                () -> Json.read("{\"value\": 1, \"measuredAt\": \"2026-11-01\", \"note\": 7}", ReadingRequest.class))
                .errors().get(0);
        assertEquals("note outcomes.error.type.text", note.field() + " " + note.messageKey());
        FieldError reach = assertThrows(ValidationException.class,
                () -> Json.read("{\"reach\": \"1000\"}", com.outcomes.rest.dto.RiceRequest.class)).errors().get(0);
        assertEquals("reach outcomes.error.type.number", reach.field() + " " + reach.messageKey());
        FieldError value = assertThrows(ValidationException.class,
                () -> Json.read("{\"value\": 1, \"value\": 1e39}", ReadingRequest.class)).errors().get(0);
        assertEquals("value outcomes.error.duplicateField", value.field() + " " + value.messageKey());
    }

    @Test
    public void theJsonLiteralNullIsNoBody() {
        // it used to reach the resource as a null request: a NullPointerException and a 500
        for (String nothing : new String[] {"null", " null ", "\nnull"}) {
            FieldError e = errorFor(nothing);
            assertEquals(nothing, "body outcomes.error.bodyObject", e.field() + " " + e.messageKey());
        }
        assertEquals("body", errorFor("\"CSAT\"").field());
        assertEquals("body", errorFor("42").field());
    }

    @Test
    public void nestingDeeperThanTheParserAllowsIsMalformedBody() {
        // in an unknown field, so that only the parser's depth limit can stop it
        String deep = "{\"colour\": " + "[".repeat(5000) + "]".repeat(5000) + "}";

        assertEquals("body", assertThrows(ValidationException.class, () -> Json.read(deep, MetricRequest.class))
                .errors().get(0).field());
    }

    @Test
    public void escapedNulAndLoneSurrogatesArriveAsTextForTheDomainRuleToReject() {
        MetricRequest r = Json.read("{\"name\": \"a\\u0000b\", \"unit\": \"\\ud800\"}", MetricRequest.class);

        assertEquals("a\u0000b", r.name());
        assertEquals("\ud800", r.unit());
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
        assertEquals("OUTCOME, LEADING, GUARDRAIL, KPI", e.args().get(0));
    }

    @Test
    public void wholeJsonNumbersAreAcceptedForDecimalFields() {
        assertEquals(Double.valueOf(75), Json.read("{\"baseline\": 75}", MetricRequest.class).baseline());
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
