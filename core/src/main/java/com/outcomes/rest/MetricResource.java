package com.outcomes.rest;

import java.io.InputStream;
import java.time.Clock;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.outcomes.domain.Reading;
import com.outcomes.rest.dto.ImportJson;
import com.outcomes.rest.dto.MetricRequest;
import com.outcomes.rest.dto.ReadingRequest;
import com.outcomes.service.DueService;
import com.outcomes.service.ImportResult;
import com.outcomes.service.MetricService;
import com.outcomes.service.ReadingService;

/**
 * Metrics and their readings. Every method answers 401 for an anonymous caller, 404 for a metric or
 * issue the caller may not see, 403 when they may see but not edit, 400 with field errors for bad
 * input, 413 for a body over its limit ({@link RequestBodies}), and never a stack trace.
 */
@Path("metrics")
@Produces(MediaType.APPLICATION_JSON)
public class MetricResource {

    private static final String METRIC_NOT_FOUND = "outcomes.error.metricNotFound";

    private final MetricService metrics;
    private final ReadingService readings;
    private final Caller caller;
    private final JsonViews views;
    private final Clock clock;

    private final DueService due;

    public MetricResource(MetricService metrics, ReadingService readings, Caller caller, RestSupport support) {
        this(metrics, readings, null, caller, support);
    }

    /** @param due "My metrics" (DESIGN §3b); null on a host built before it, which then answers 404 there */
    public MetricResource(MetricService metrics, ReadingService readings, DueService due, Caller caller,
                          RestSupport support) {
        this.due = due;
        this.metrics = metrics;
        this.readings = readings;
        this.caller = caller;
        this.views = support.views();
        this.clock = support.clock();
    }

    /** 200 metrics of the issue with computed fields as of {@code asOf}; 400 without issueKey; 404 invisible issue. */
    @GET
    public Response list(@QueryParam("issueKey") String issueKey, @QueryParam("asOf") String asOf) {
        String user = caller.require();
        String key = Params.requiredText("issueKey", issueKey);
        return ok(views.metrics(metrics.metricsOf(user, key, Params.asOf(asOf, clock))));
    }

    /** 201 the defined metric; 400 field errors; 403 no edit permission; 404 invisible issue. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response define(InputStream body) {
        String user = caller.require();
        MetricRequest request = Json.read(body, MetricRequest.class);
        String key = Params.requiredText("issueKey", request.issueKey());
        return Response.status(Response.Status.CREATED)
                .entity(Json.write(views.metric(metrics.define(user, key, request.toDefinition()))))
                .type(MediaType.APPLICATION_JSON).build();
    }

    /** 200 one metric with computed fields; 404 unknown or invisible. */
    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id, @QueryParam("asOf") String asOf) {
        String user = caller.require();
        return ok(views.metric(metrics.get(user, Params.pathId(id, METRIC_NOT_FOUND), Params.asOf(asOf, clock))));
    }

    /**
     * 200 the updated metric; 400 field errors; 403; 404; 409 closed outcome. The issue a metric belongs to never
     * changes; without {@code owner} the owner stays, without {@code computed} the computation stays
     * ({@code "computed": null} makes it measured by hand).
     */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, InputStream body) {
        String user = caller.require();
        long metricId = Params.pathId(id, METRIC_NOT_FOUND);
        String text = RequestBodies.json(body);
        MetricRequest request = Json.read(text, MetricRequest.class);
        return ok(views.metric(metrics.update(user, metricId, request.toDefinition(),
                !Json.mentions(text, "computed"))));
    }

    /**
     * 200 the caller's own metrics due within 7 days or stale as of {@code asOf} (default today), soonest due first;
     * 400 a malformed asOf.
     */
    @GET
    @Path("due")
    public Response due(@QueryParam("asOf") String asOf) {
        String user = caller.require();
        if (due == null) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        return ok(views.due(due.due(user, Params.asOf(asOf, clock))));
    }

    /**
     * 201 the reading a computed metric's JQL gives today; 400 {@code computed} when the metric is not computed,
     * {@code computed.jql}/{@code computed.per} with the host's message when the count fails; 403; 404; 409 closed
     * outcome or already computed today; 415 without {@code application/json} (no body is read).
     */
    @POST
    @Path("{id}/compute")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response compute(@PathParam("id") String id) {
        String user = caller.require();
        Reading stored = metrics.computeNow(user, Params.pathId(id, METRIC_NOT_FOUND));
        return Response.status(Response.Status.CREATED).entity(Json.write(views.reading(stored, false)))
                .type(MediaType.APPLICATION_JSON).build();
    }

    /** 200 readings oldest first, superseded ones marked; 404. */
    @GET
    @Path("{id}/readings")
    public Response history(@PathParam("id") String id) {
        String user = caller.require();
        return ok(views.readings(readings.history(user, Params.pathId(id, METRIC_NOT_FOUND))));
    }

    /** 201 the stored reading; 400 field errors (supersedes must name a reading of this metric); 403; 404; 409 already corrected. */
    @POST
    @Path("{id}/readings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@PathParam("id") String id, InputStream body) {
        String user = caller.require();
        long metricId = Params.pathId(id, METRIC_NOT_FOUND);
        ReadingRequest request = Json.read(body, ReadingRequest.class);
        Reading stored = readings.record(user, metricId, request.toNewReading());
        return Response.status(Response.Status.CREATED).entity(Json.write(views.reading(stored, false)))
                .type(MediaType.APPLICATION_JSON).build();
    }

    /**
     * 200 {@code {"imported": n}}; 400 naming the first bad lines, nothing stored; 403; 404; 413 over 50 MB; 415 for
     * any type but {@code text/csv} — {@code text/plain} is what a cross-site form can send, so it is refused.
     */
    @POST
    @Path("{id}/readings/import")
    @Consumes("text/csv")
    public Response importCsv(@PathParam("id") String id, InputStream body) {
        String user = caller.require();
        long metricId = Params.pathId(id, METRIC_NOT_FOUND);
        ImportResult result = readings.importCsv(user, metricId, RequestBodies.csv(body));
        return ok(new ImportJson(result.imported()));
    }

    private static Response ok(Object dto) {
        return Response.ok(Json.write(dto), MediaType.APPLICATION_JSON).build();
    }
}
