package com.outcomes.rest;

import static com.outcomes.service.ServiceFixture.outcome;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.ws.rs.core.Response;

import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.outcomes.domain.NewReading;
import com.outcomes.i18n.Messages;
import com.outcomes.port.Sprint;
import com.outcomes.port.SprintIssue;
import com.outcomes.service.ServiceFixture;
import com.outcomes.store.StoreTestDatabase;

/**
 * Every REST resource of core, as the hosts register it ({@code OutcomesCore.restSingletons()}), answering over the
 * real store: the body a host would send, and the status and JSON error body {@link ErrorMapper} makes of a failure.
 * Hosts add only transport (HTTP, login); what is asserted here holds in Jira and in the preview alike.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(StoreTestDatabase.class)
@Data(StoreTestDatabase.StoreSchema.class)
public class RestResourcesTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

    private EntityManager entityManager;
    private ServiceFixture fx;
    private final ErrorMapper errors = new ErrorMapper(Messages.english());
    private long csat;

    @Before
    public void setUp() {
        fx = new ServiceFixture(entityManager);
        fx.work.challenge("OUT-1", "Improve customer satisfaction")
                .outcome("OUT-2", "Customers are satisfied", "OUT-1")
                .epic("OUT-10", "Self-service help centre", "OUT-2", 2, LocalDate.of(2026, 11, 17))
                .sprint(new Sprint(7, "Sprint 7", "closed", LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 20)),
                        new SprintIssue("OUT-11", "OUT-10", true, LocalDate.of(2026, 11, 17)));
        csat = fx.core.metrics().define("admin", "OUT-2",
                outcome("CSAT", 75, 90, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).metric().id();
        fx.core.readings().record("admin", csat, new NewReading(82, LocalDate.of(2026, 11, 10), null, null, null));
        fx.access.actingAs("viewer");
    }

    private <T> T resource(Class<T> type) {
        return fx.core.restSingletons().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    /** What the host sends back: the resource's answer, or the error mapper's for what it threw. */
    private Response answer(Supplier<Response> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            return errors.toResponse(e);
        }
    }

    private static JsonNode json(Response response) throws Exception {
        return Json.mapper().readTree((String) response.getEntity());
    }

    private static ByteArrayInputStream body(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    public void dashboardAnswersTheCallersAggregateInDesignsShape() throws Exception {
        // when
        Response response = answer(() -> resource(DashboardResource.class).get("OUT", null, "4", AS_OF.toString(), null));

        // then
        assertEquals(200, response.getStatus());
        JsonNode dashboard = json(response);
        assertEquals("2026-11-20", dashboard.get("asOf").asText());
        assertEquals(4, dashboard.get("weeks").asInt());
        JsonNode outcome = dashboard.get("challenges").get(0).get("outcomes").get(0);
        assertEquals("OUT-2", outcome.get("issueKey").asText());
        assertEquals(82.0, outcome.get("metrics").get(0).get("current").asDouble(), 1e-9);
        assertEquals(1, outcome.get("output").get("doneInWindow").asInt());
        assertEquals(4, outcome.get("output").get("doneByWeek").size());
    }

    @Test
    public void errorsAsTheHostsRegisterThemAreInTheCallersLanguage() throws Exception {
        // given the error mapper the hosts register, and a caller whose host says they read German
        ErrorMapper registered = resource(ErrorMapper.class);
        fx.access.speaking(Locale.GERMAN);

        // when they ask for a metric that does not exist
        Response response;
        try {
            response = resource(MetricResource.class).get("424", null);
        } catch (RuntimeException e) {
            response = registered.toResponse(e);
        }

        // then
        assertEquals(404, response.getStatus());
        assertEquals("Metrik 424 gibt es nicht, oder Sie dürfen sie nicht sehen.",
                json(response).get("errors").get(0).get("message").asText());
    }

    @Test
    public void dashboardNamesABadParameter() throws Exception {
        Response response = answer(() -> resource(DashboardResource.class).get("OUT", null, "0", null, null));

        assertEquals(400, response.getStatus());
        assertEquals("weeks", json(response).get("errors").get(0).get("field").asText());
    }

    @Test
    public void dashboardViewIsTheSameAnswerRenderedAsHtmlForTheGadget() {
        // when
        Response response = answer(() -> resource(DashboardResource.class).view("OUT", null, "4", AS_OF.toString(), null, null));

        // then the gadget's content, rendered by core's templates with the numbers and sentences of the JSON answer
        assertEquals(200, response.getStatus());
        assertEquals("text/html;charset=UTF-8", response.getMediaType().toString().replace(" ", ""));
        String html = (String) response.getEntity();
        assertTrue(html, html.contains("<section class=\"oc-challenge\" data-challenge-key=\"OUT-1\">"));
        assertTrue(html, html.contains("<article class=\"oc-outcome\" data-outcome-key=\"OUT-2\">"));
        assertTrue(html, html.contains("<p class=\"oc-statement\">CSAT: 75% \u2192 90% by 31 Dec 2026</p>"));
        assertTrue(html, html.contains("<span class=\"oc-value\" data-role=\"current\">82%</span>"));
        assertTrue(html, html.contains("<strong data-role=\"done-in-window\">1</strong>ticket done in linked epics in 4 weeks"));
        assertTrue(html, html.contains("The last 4 weeks: 26 Oct 2026 to 20 Nov 2026."));
        assertTrue(html, html.contains("href=\"/browse/OUT-10\""));
    }

    @Test
    public void dashboardViewOfOneOutcomeShowsThatRowAloneAndTheEmptyStateForAnotherKey() {
        // when
        String one = (String) answer(() -> resource(DashboardResource.class).view("OUT", null, "4", AS_OF.toString(),
                "OUT-2", null)).getEntity();
        String none = (String) answer(() -> resource(DashboardResource.class).view("OUT", null, "4", AS_OF.toString(),
                "OUT-99", null)).getEntity();

        // then
        assertTrue(one, one.contains("data-outcome-key=\"OUT-2\""));
        assertFalse(one, one.contains("oc-challenge"));
        assertFalse(none, none.contains("data-outcome-key"));
        assertTrue(none, none.contains("No outcomes yet"));
    }

    @Test
    public void dashboardViewAnswersLikeTheJsonAggregateWhenItCannot() throws Exception {
        // when
        Response badWeeks = answer(() -> resource(DashboardResource.class).view("OUT", null, "0", null, null, null));
        Response unknownChallenge = answer(() -> resource(DashboardResource.class).view(null, "OUT-404", null, null, null, null));
        fx.access.actingAs(null);
        Response anonymous = answer(() -> resource(DashboardResource.class).view("OUT", null, null, null, null, null));

        // then the same status and JSON error body as GET /dashboard
        assertEquals(400, badWeeks.getStatus());
        assertEquals("weeks", json(badWeeks).get("errors").get(0).get("field").asText());
        assertEquals(404, unknownChallenge.getStatus());
        assertEquals(401, anonymous.getStatus());
    }

    @Test
    public void everyResourceAnswersAnAnonymousCaller401() {
        // given nobody logged in
        fx.access.actingAs(null);

        // then each resource refuses before it reads anything
        assertEquals(401, answer(() -> resource(DashboardResource.class).get("OUT", null, null, null, null)).getStatus());
        assertEquals(401, answer(() -> resource(MetricResource.class).list("OUT-2", null)).getStatus());
        assertEquals(401, answer(() -> resource(SprintResource.class).review("7")).getStatus());
        assertEquals(401, answer(() -> resource(LintResource.class).lint("OUT-2", null)).getStatus());
        assertEquals(401, answer(() -> resource(OutcomeEpicsResource.class).list("OUT-2")).getStatus());
        assertEquals(401, answer(() -> resource(CheckInResource.class).list("OUT-2")).getStatus());
        assertEquals(401, answer(() -> resource(OutcomeLifecycleResource.class).closed("OUT")).getStatus());
        assertEquals(401, answer(() -> resource(TreeResource.class).get("OUT", null)).getStatus());
        assertEquals(401, answer(() -> resource(CalibrationResource.class).get("OUT", null)).getStatus());
    }

    @Test
    public void checkInsAreAddedByEditorsNamedFieldByFieldAndListedNewestFirst() throws Exception {
        // given an editor
        fx.access.actingAs("admin");

        // when two check-ins are added, then a bad one
        Response first = answer(() -> resource(CheckInResource.class).add("OUT-2",
                body("{\"confidence\": 7, \"comment\": \"on track\"}")));
        answer(() -> resource(CheckInResource.class).add("OUT-2", body("{\"confidence\": 3}")));
        Response tooHigh = answer(() -> resource(CheckInResource.class).add("OUT-2", body("{\"confidence\": 11}")));

        // then the good ones are stored and listed newest first; the bad one names its field
        assertEquals(201, first.getStatus());
        assertEquals(7, json(first).get("confidence").asInt());
        assertEquals(400, tooHigh.getStatus());
        assertEquals("confidence", json(tooHigh).get("errors").get(0).get("field").asText());
        JsonNode list = json(answer(() -> resource(CheckInResource.class).list("OUT-2")));
        assertEquals(2, list.size());
        assertEquals(3, list.get(0).get("confidence").asInt());

        // and a viewer may read but not add
        fx.access.actingAs("viewer");
        assertEquals(403, answer(() -> resource(CheckInResource.class).add("OUT-2", body("{\"confidence\": 5}")))
                .getStatus());
    }

    @Test
    public void closingAnOutcomeAnswersTheClosureListsItAndConflictsWhenRepeated() throws Exception {
        // given an editor
        fx.access.actingAs("admin");
        OutcomeLifecycleResource lifecycle = resource(OutcomeLifecycleResource.class);

        // when a MISSED closure comes without a learning, then with one, then again
        Response noLearning = answer(() -> lifecycle.close("OUT-2", body("{\"result\": \"MISSED\"}")));
        Response closed = answer(() -> lifecycle.close("OUT-2",
                body("{\"result\": \"MISSED\", \"learning\": \"the survey was the wrong signal\"}")));
        Response twice = answer(() -> lifecycle.close("OUT-2",
                body("{\"result\": \"ACHIEVED\", \"learning\": \"again\"}")));

        // then
        assertEquals(400, noLearning.getStatus());
        assertEquals("learning", json(noLearning).get("errors").get(0).get("field").asText());
        assertEquals(200, closed.getStatus());
        assertEquals("MISSED", json(closed).get("result").asText());
        assertEquals(409, twice.getStatus());
        JsonNode learned = json(answer(() -> lifecycle.closed("OUT")));
        assertEquals("OUT-2", learned.get(0).get("issueKey").asText());
        assertEquals(200, answer(() -> lifecycle.reopen("OUT-2")).getStatus());
        assertEquals(409, answer(() -> lifecycle.reopen("OUT-2")).getStatus());
    }

    @Test
    public void theTreeAndTheCalibrationOfAProjectHaveTheirShapesAndAnUnknownProjectIsNotFound() throws Exception {
        // when
        JsonNode tree = json(answer(() -> resource(TreeResource.class).get("OUT", AS_OF.toString())));
        JsonNode calibration = json(answer(() -> resource(CalibrationResource.class).get("OUT", AS_OF.toString())));

        // then the tree nests the outcome and its metric under the challenge; too few done epics for a correlation
        JsonNode challenge = tree.get("challenges").get(0);
        assertEquals("OUT-1", challenge.get("issueKey").asText());
        JsonNode outcome = challenge.get("outcomes").get(0);
        assertEquals("OUT-2", outcome.get("issueKey").asText());
        assertFalse(outcome.get("closed").asBoolean());
        assertEquals(csat, outcome.get("metrics").get(0).get("metric").get("id").asLong());
        assertEquals(0, calibration.get("n").asInt());
        assertTrue(calibration.get("spearman").isNull());
        assertEquals(404, answer(() -> resource(TreeResource.class).get("NOPE", null)).getStatus());
        assertEquals(404, answer(() -> resource(CalibrationResource.class).get("NOPE", null)).getStatus());
    }

    @Test
    public void metricsOfAnIssueAndOneMetricCarryTheirComputedFields() throws Exception {
        JsonNode list = json(answer(() -> resource(MetricResource.class).list("OUT-2", AS_OF.toString())));
        Response one = answer(() -> resource(MetricResource.class).get(String.valueOf(csat), AS_OF.toString()));

        assertEquals(1, list.size());
        assertEquals("OUT-2", list.get(0).get("issueKey").asText());
        assertEquals(200, one.getStatus());
        JsonNode metric = json(one);
        assertEquals(csat, metric.get("id").asLong());
        assertEquals(7.0 / 15, metric.get("progress").asDouble(), 1e-9);
        assertFalse(metric.get("stale").asBoolean());
    }

    @Test
    public void aMetricTheCallerMayNotBrowseIs404AndTheirWriteIs403WhereTheyMayOnlyBrowse() throws Exception {
        // given someone who browses MKT only
        fx.access.actingAs("outsider");
        Response hidden = answer(() -> resource(MetricResource.class).get(String.valueOf(csat), null));

        // and a viewer who may browse OUT but edit nothing
        fx.access.actingAs("viewer");
        Response write = answer(() -> resource(MetricResource.class).record(String.valueOf(csat),
                body("{\"value\": 83, \"measuredAt\": \"2026-11-12\"}")));

        assertEquals(404, hidden.getStatus());
        assertEquals(403, write.getStatus());
        assertEquals(1, fx.core.readings().history("admin", csat).size());
    }

    @Test
    public void recordingAReadingAnswers201WithTheReading() throws Exception {
        fx.access.actingAs("admin");

        Response created = answer(() -> resource(MetricResource.class).record(String.valueOf(csat),
                body("{\"value\": 83, \"measuredAt\": \"2026-11-12\", \"note\": \"pulse\"}")));

        assertEquals(201, created.getStatus());
        JsonNode reading = json(created);
        assertEquals(83.0, reading.get("value").asDouble(), 1e-9);
        assertEquals("admin", reading.get("recordedBy").asText());
        assertEquals(2, fx.core.readings().history("admin", csat).size());
    }

    @Test
    public void sprintReviewAnswersTheOutcomesItsDoneIssuesMovedAnd404ForAnUnknownSprint() throws Exception {
        Response known = answer(() -> resource(SprintResource.class).review("7"));
        Response unknown = answer(() -> resource(SprintResource.class).review("99"));

        assertEquals(200, known.getStatus());
        assertTrue(json(known).toString(), json(known).toString().contains("OUT-2"));
        assertEquals(404, unknown.getStatus());
        assertTrue(json(unknown).get("errors").isArray());
    }

    @Test
    public void lintAnswersFindingsForAnOutcomeWithTheirStableCodes() throws Exception {
        // given an outcome whose statement reads like a feature
        fx.work.outcome("OUT-3", "Launch the onboarding wizard", "OUT-1");
        fx.core.metrics().define("admin", "OUT-3",
                outcome("Wizard users", 0, 100, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));

        // when
        Response response = answer(() -> resource(LintResource.class).lint("OUT-3", AS_OF.toString()));

        // then
        assertEquals(200, response.getStatus());
        JsonNode lint = json(response);
        assertEquals("OUT-3", lint.get("issueKey").asText());
        assertTrue(lint.toString(), lint.get("findings").findValuesAsText("code").contains("READS_LIKE_OUTPUT"));
    }

    @Test
    public void epicsOfAnOutcomeShowTheRiceSetOnThem() throws Exception {
        // given an admin sets RICE on the outcome's epic
        fx.access.actingAs("admin");
        Response set = answer(() -> resource(OutcomeEpicsResource.class).setRice("OUT-2", "OUT-10",
                body("{\"reach\": 100, \"impact\": 2, \"confidence\": 0.5, \"effort\": 4}")));

        // when the epics are listed
        Response list = answer(() -> resource(OutcomeEpicsResource.class).list("OUT-2"));

        // then the score is reach × impact × confidence / effort
        assertEquals(200, set.getStatus());
        assertEquals(200, list.getStatus());
        JsonNode epics = json(list);
        assertTrue(epics.toString(), epics.findValuesAsText("key").contains("OUT-10"));
        assertEquals(epics.toString(), 25.0, epics.findValue("score").asDouble(), 1e-9);
    }
}
