package com.outcomes.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.ws.rs.core.Response;

import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.outcomes.domain.NewClosure;
import com.outcomes.domain.NewReading;
import com.outcomes.i18n.Messages;
import com.outcomes.service.ServiceFixture;
import com.outcomes.store.StoreTestDatabase;

/**
 * The REST answers of DESIGN §3b/§5 for values that keep themselves current — owners and computed metrics on
 * {@code /metrics}, {@code POST /metrics/{id}/compute}, {@code GET /metrics/due}, {@code GET /reminders},
 * {@code POST /jobs/run} — from core's resources as the hosts register them, over the real store, with the host's
 * counter and mailer as doubles.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(StoreTestDatabase.class)
@Data(StoreTestDatabase.StoreSchema.class)
public class AutomationResourcesTest {

    private static final LocalDate TODAY = ServiceFixture.TODAY;
    private static final String BUGS = "project = OUT AND type = Bug";

    private EntityManager entityManager;
    private ServiceFixture fx;
    private final ErrorMapper errors = new ErrorMapper(Messages.english());

    @Before
    public void setUp() {
        fx = new ServiceFixture(entityManager);
        fx.access.user("alice", Set.of("OUT"), Set.of("OUT"));
        fx.work.outcome("OUT-2", "Customers are satisfied", null).outcome("OUT-3", "Fewer tickets", null);
        fx.automation.count(BUGS, 12).count("project = OUT", 48);
    }

    private <T> T resource(Class<T> type) {
        return fx.core.restSingletons().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

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

    private static String kpi(String issueKey, String extra) {
        return "{\"issueKey\":\"" + issueKey + "\",\"kind\":\"KPI\",\"name\":\"Open bugs\",\"baseline\":40,"
                + "\"target\":10,\"startDate\":\"2026-11-01\",\"targetDate\":\"2027-06-30\",\"cadenceDays\":7"
                + extra + "}";
    }

    private Response define(String user, String json) {
        fx.access.actingAs(user);
        return answer(() -> resource(MetricResource.class).define(body(json)));
    }

    private static void assertFieldError(Response response, int status, String field) throws Exception {
        assertEquals((String) response.getEntity(), status, response.getStatus());
        assertEquals((String) response.getEntity(), field, json(response).get("errors").get(0).get("field").asText());
    }

    private long computedMetric(String owner) throws Exception {
        Response created = define("admin", kpi("OUT-2", ",\"owner\":\"" + owner + "\",\"computed\":{\"jql\":\"" + BUGS
                + "\",\"per\":\"project = OUT\",\"scale\":100}"));
        assertEquals((String) created.getEntity(), 201, created.getStatus());
        return json(created).get("id").asLong();
    }

    @Test
    public void aComputedMetricIsDefinedWithItsDefiningUserAsOwnerAndScaleOne() throws Exception {
        // when alice defines a computed metric without owner or scale
        Response response = define("alice", kpi("OUT-2", ",\"computed\":{\"jql\":\"" + BUGS + "\"}"));

        // then
        assertEquals((String) response.getEntity(), 201, response.getStatus());
        JsonNode metric = json(response);
        assertEquals("alice", metric.get("owner").asText());
        assertEquals(BUGS, metric.get("computed").get("jql").asText());
        assertTrue(metric.get("computed").get("per").isNull());
        assertEquals(1.0, metric.get("computed").get("scale").asDouble(), 0);
        assertEquals("2026-11-01", metric.get("dueDate").asText());
        assertTrue(metric.get("lastComputeError").isNull());
    }

    @Test
    public void aMetricMeasuredByHandAnswersComputedNull() throws Exception {
        Response response = define("admin", kpi("OUT-2", ""));

        assertEquals(201, response.getStatus());
        assertTrue(json(response).get("computed").isNull());
        assertEquals("admin", json(response).get("owner").asText());
    }

    @Test
    public void jqlTheHostRefusesIs400NamingComputedJqlWithTheParsersMessageAndNothingIsStored() throws Exception {
        // when
        Response response = define("admin", kpi("OUT-2", ",\"computed\":{\"jql\":\"bogus = 1\"}"));

        // then
        assertFieldError(response, 400, "computed.jql");
        assertEquals("The query was refused: Field 'bogus' does not exist or you do not have permission to view it.",
                json(response).get("errors").get(0).get("message").asText());
        assertEquals(List.of(), fx.core.metricRepository().byIssue("OUT-2"));
    }

    @Test
    public void anOwnerWhoMayNotBrowseTheIssueIs400Owner() throws Exception {
        Response response = define("admin", kpi("OUT-2", ",\"owner\":\"outsider\""));

        assertFieldError(response, 400, "owner");
        assertEquals("outsider may not browse this issue, so they cannot own its metric.",
                json(response).get("errors").get(0).get("message").asText());
    }

    @Test
    public void aScaleOfTheWrongTypeOrZeroIsNamedComputedScale() throws Exception {
        assertFieldError(define("admin", kpi("OUT-2", ",\"computed\":{\"jql\":\"" + BUGS + "\",\"scale\":\"ten\"}")),
                400, "computed.scale");
        assertFieldError(define("admin", kpi("OUT-2", ",\"computed\":{\"jql\":\"" + BUGS + "\",\"scale\":0}")),
                400, "computed.scale");
    }

    @Test
    public void putWithoutOwnerOrComputedKeepsThemAndComputedNullMakesItMeasuredByHand() throws Exception {
        // given
        long id = computedMetric("alice");
        fx.access.actingAs("admin");
        MetricResource metrics = resource(MetricResource.class);

        // when a form that knows neither field saves a new name
        JsonNode kept = json(answer(() -> metrics.update(String.valueOf(id), body(kpi("OUT-2", "")))));
        JsonNode handed = json(answer(() -> metrics.update(String.valueOf(id),
                body(kpi("OUT-2", ",\"owner\":\"viewer\",\"computed\":null")))));

        // then
        assertEquals("alice", kept.get("owner").asText());
        assertEquals(BUGS, kept.get("computed").get("jql").asText());
        assertEquals("viewer", handed.get("owner").asText());
        assertTrue(handed.get("computed").isNull());
    }

    @Test
    @NonTransactional
    public void computeNowRecordsTheOwnersCountAsAReadingFromJqlAndOnlyOnceADay() throws Exception {
        // given
        long id = computedMetric("alice");
        fx.access.actingAs("alice");
        MetricResource metrics = resource(MetricResource.class);

        // when
        Response first = answer(() -> metrics.compute(String.valueOf(id)));
        Response second = answer(() -> metrics.compute(String.valueOf(id)));

        // then 100 × 12 / 48, counted as alice
        assertEquals((String) first.getEntity(), 201, first.getStatus());
        JsonNode reading = json(first);
        assertEquals(25.0, reading.get("value").asDouble(), 1e-9);
        assertEquals("jql", reading.get("source").asText());
        assertEquals("alice", reading.get("recordedBy").asText());
        assertEquals(TODAY.toString(), reading.get("measuredAt").asText());
        assertTrue(fx.automation.counted.get(0).endsWith(" as alice on " + TODAY));
        assertEquals(409, second.getStatus());
    }

    @Test
    public void computeNowRefusesAMetricThatIsNotComputedAViewerAndAFailingCount() throws Exception {
        // given
        long byHand = json(define("admin", kpi("OUT-2", ""))).get("id").asLong();
        long computed = computedMetric("alice");
        fx.automation.failing(BUGS, "Jira did not answer in 30 seconds.");
        MetricResource metrics = resource(MetricResource.class);

        // when / then
        fx.access.actingAs("admin");
        assertFieldError(answer(() -> metrics.compute(String.valueOf(byHand))), 400, "computed");
        Response failing = answer(() -> metrics.compute(String.valueOf(computed)));
        assertFieldError(failing, 400, "computed.jql");
        assertEquals("The query was refused: Jira did not answer in 30 seconds.",
                json(failing).get("errors").get(0).get("message").asText());
        JsonNode metric = json(answer(() -> metrics.get(String.valueOf(computed), null)));
        assertEquals("Jira did not answer in 30 seconds.", metric.get("lastComputeError").get("message").asText());
        assertTrue(metric.get("lastComputeError").get("at").asText().startsWith("2026-11-23T10:00"));
        fx.access.actingAs("viewer");
        assertEquals(403, answer(() -> metrics.compute(String.valueOf(computed))).getStatus());
    }

    @Test
    public void computeNowOnAClosedOutcomeIs409() throws Exception {
        long id = computedMetric("alice");
        fx.core.lifecycle().close("admin", "OUT-2", new NewClosure("ACHIEVED", null, TODAY));
        fx.access.actingAs("alice");

        Response response = answer(() -> resource(MetricResource.class).compute(String.valueOf(id)));

        assertEquals(409, response.getStatus());
    }

    @Test
    public void dueListsTheCallersOwnMetricsDueWithinAWeekOrStaleSoonestFirst() throws Exception {
        // given alice's metrics: stale (never measured, due 2026-11-01), due in 5 days, due in 20 days; admin's own
        long stale = json(define("admin", kpi("OUT-2", ",\"owner\":\"alice\""))).get("id").asLong();
        long soon = json(define("admin", kpi("OUT-3", ",\"owner\":\"alice\""))).get("id").asLong();
        fx.core.readings().record("admin", soon, new NewReading(30, TODAY.minusDays(2), null, null, null));
        long later = json(define("admin", kpi("OUT-3", ",\"owner\":\"alice\",\"cadenceDays\":30")
                .replace("\"cadenceDays\":7,", ""))).get("id").asLong();
        fx.core.readings().record("admin", later, new NewReading(30, TODAY.minusDays(10), null, null, null));
        define("admin", kpi("OUT-2", ""));

        // when
        fx.access.actingAs("alice");
        JsonNode due = json(answer(() -> resource(MetricResource.class).due(TODAY.toString())));

        // then
        assertEquals(due.toString(), 2, due.size());
        assertEquals(stale, due.get(0).get("id").asLong());
        assertEquals("OUT-2", due.get(0).get("issueKey").asText());
        assertEquals("Customers are satisfied", due.get(0).get("summary").asText());
        assertEquals("2026-11-01", due.get(0).get("dueDate").asText());
        assertEquals(22, due.get(0).get("daysOverdue").asInt());
        assertTrue(due.get(0).get("stale").asBoolean());
        assertEquals(soon, due.get(1).get("id").asLong());
        assertEquals("2026-11-28", due.get(1).get("dueDate").asText());
        assertEquals(0, due.get(1).get("daysOverdue").asInt());
        assertEquals(false, due.get(1).get("stale").asBoolean());
    }

    @Test
    public void dueNamesABadAsOf() throws Exception {
        fx.access.actingAs("alice");

        assertFieldError(answer(() -> resource(MetricResource.class).due("yesterday")), 400, "asOf");
    }

    @Test
    @NonTransactional
    public void jobsRunIsForAdministratorsAndRemindersAreEachOwnersUnlessAdmin() throws Exception {
        // given a stale metric of alice's and one of viewer's, never measured
        define("admin", kpi("OUT-2", ",\"owner\":\"alice\""));
        long viewers = json(define("admin", kpi("OUT-3", ",\"owner\":\"viewer\""))).get("id").asLong();

        // when a viewer and then an administrator run the job
        fx.access.actingAs("viewer");
        Response refused = answer(() -> resource(JobResource.class).run(TODAY.toString()));
        fx.access.actingAs("admin");
        Response ran = answer(() -> resource(JobResource.class).run(TODAY.toString()));

        // then
        assertEquals(403, refused.getStatus());
        assertEquals("Only a Jira administrator may do this.",
                json(refused).get("errors").get(0).get("message").asText());
        assertEquals(200, ran.getStatus());
        assertEquals("{\"computed\":0,\"reminders\":2,\"errors\":0}", ran.getEntity());
        ReminderResource reminders = resource(ReminderResource.class);
        assertEquals(2, json(answer(() -> reminders.list(null))).size());
        fx.access.actingAs("viewer");
        JsonNode own = json(answer(() -> reminders.list(null)));
        assertEquals(1, own.size());
        assertEquals("viewer", own.get(0).get("owner").asText());
        assertEquals("STALE", own.get(0).get("kind").asText());
        assertEquals("2026-11-01", own.get(0).get("dueDate").asText());
        assertTrue(own.get(0).get("delivered").asBoolean());
        assertTrue(own.get(0).get("error").isNull());
        assertEquals(1, json(answer(() -> reminders.list(String.valueOf(viewers)))).size());
        assertFieldError(answer(() -> reminders.list("abc")), 400, "metricId");
        fx.access.actingAs("admin");
        assertFieldError(answer(() -> resource(JobResource.class).run("2026-13-01")), 400, "asOf");
    }

    @Test
    public void anonymousCallersGet401FromEveryNewEndpoint() {
        fx.access.actingAs(null);

        assertEquals(401, answer(() -> resource(MetricResource.class).due(null)).getStatus());
        assertEquals(401, answer(() -> resource(MetricResource.class).compute("1")).getStatus());
        assertEquals(401, answer(() -> resource(ReminderResource.class).list(null)).getStatus());
        assertEquals(401, answer(() -> resource(JobResource.class).run(null)).getStatus());
    }
}
