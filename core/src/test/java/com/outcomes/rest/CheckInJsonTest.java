package com.outcomes.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.outcomes.domain.CheckIn;
import com.outcomes.i18n.Messages;
import com.outcomes.port.IssueRef;
import com.outcomes.port.Sprint;
import com.outcomes.service.Dashboard;
import com.outcomes.service.Message;
import com.outcomes.service.OutcomeRow;
import com.outcomes.service.Output;
import com.outcomes.service.SprintReview;

import org.junit.Test;

/** The check-in fields of DESIGN §5's second wave, as the JSON writer prints them. */
public class CheckInJsonTest {

    private static final IssueRef OUTCOME = new IssueRef("OUT-2", "Customers are satisfied", "OUT", IssueRef.OUTCOME);
    private static final CheckIn LOW = new CheckIn(9, "OUT-2", 3, "vendor slipped", "bob",
            Instant.parse("2026-11-17T09:30:00.123Z"));

    private final JsonViews views = new JsonViews(Messages.english());

    private static JsonNode tree(Object dto) throws Exception {
        return Json.mapper().readTree(Json.write(dto));
    }

    private static List<String> fieldNames(JsonNode json) {
        List<String> names = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    public void aCheckInHasTheFieldsOfTheApiWithAnIsoInstant() throws Exception {
        JsonNode json = tree(com.outcomes.rest.dto.CheckInJson.of(LOW));

        assertEquals(List.of("id", "issueKey", "confidence", "comment", "createdBy", "createdAt"),
                fieldNames(json));
        assertEquals("2026-11-17T09:30:00.123Z", json.get("createdAt").asText());
        assertEquals(3, json.get("confidence").asInt());
    }

    @Test
    public void eachDashboardOutcomeCarriesItsLatestCheckInOrNull() throws Exception {
        Output output = new Output(List.of(), 0, List.of());
        Dashboard dashboard = new Dashboard(LocalDate.of(2026, 11, 20), 12, List.of(), List.of(
                new OutcomeRow(OUTCOME, List.of(), output, List.of(), List.of(), LOW, null),
                new OutcomeRow(new IssueRef("OUT-3", "Fast answers", "OUT", IssueRef.OUTCOME), List.of(), output,
                        List.of(), List.of())));

        JsonNode unassigned = tree(views.dashboard(dashboard)).get("unassigned");

        assertEquals("vendor slipped", unassigned.get(0).get("checkin").get("comment").asText());
        assertTrue(unassigned.get(1).has("checkin"));
        assertTrue(unassigned.get(1).get("checkin").isNull());
    }

    @Test
    public void aSprintReviewOutcomeCarriesTheCheckInsMadeDuringTheSprint() throws Exception {
        SprintReview review = new SprintReview(new Sprint(7, "Sprint 7", "closed", LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 15)), 1, 0, List.of(new SprintReview.Entry(OUTCOME, List.of(), 1, List.of(),
                new Message("outcomes.review.sentence.noMetric", 1), List.of(LOW))));

        JsonNode checkins = tree(views.sprintReview(review)).get("outcomes").get(0).get("checkins");

        assertEquals(1, checkins.size());
        assertEquals("bob", checkins.get(0).get("createdBy").asText());
    }
}
