package com.outcomes.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.outcomes.service.DashboardService;

/** The "Outcomes vs Output" aggregate behind the gadget. */
@Path("dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    static final int DEFAULT_WEEKS = 12;

    private final DashboardService dashboard;
    private final Caller caller;
    private final RestSupport support;

    public DashboardResource(DashboardService dashboard, Caller caller, RestSupport support) {
        this.dashboard = dashboard;
        this.caller = caller;
        this.support = support;
    }

    /**
     * 200 the aggregate of what the caller may see; 400 without project (and challenge), with bad
     * weeks (1..104) / asOf (YYYY-MM-DD, 1970..9999), or a key with NUL or a broken character; 404 an unknown or
     * invisible challenge; 401 anonymous.
     */
    @GET
    public Response get(@QueryParam("project") String project, @QueryParam("challenge") String challenge,
                        @QueryParam("weeks") String weeks, @QueryParam("asOf") String asOf) {
        String user = caller.require();
        var result = dashboard.dashboard(user, Params.optionalText("project", project),
                Params.optionalText("challenge", challenge), Params.intParam("weeks", weeks, DEFAULT_WEEKS),
                Params.asOf(asOf, support.clock()));
        return Response.ok(Json.write(support.views().dashboard(result)), MediaType.APPLICATION_JSON).build();
    }
}
