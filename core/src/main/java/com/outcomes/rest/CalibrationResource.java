package com.outcomes.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.outcomes.service.CalibrationService;

/**
 * {@code GET /rice/calibration?project=KEY&asOf=DATE} (DESIGN §3b, §5):
 * {@code {"n", "spearman", "epics": [{"outcomeKey", "epicKey", "impact", "riceScore", "progressChange"}]}} over the
 * project's done epics with RICE and an observed change; {@code spearman} null when n &lt; 5.
 */
@Path("rice")
@Produces(MediaType.APPLICATION_JSON)
public class CalibrationResource {

    private final CalibrationService calibration;
    private final Caller caller;
    private final RestSupport support;

    public CalibrationResource(CalibrationService calibration, Caller caller, RestSupport support) {
        this.calibration = calibration;
        this.caller = caller;
        this.support = support;
    }

    /** 200 the calibration; 400 without project or with a bad asOf; 404 an unknown or invisible project; 401 anonymous. */
    @GET
    @Path("calibration")
    public Response get(@QueryParam("project") String project, @QueryParam("asOf") String asOf) {
        String user = caller.require();
        var answer = calibration.calibration(user, Params.optionalText("project", project),
                Params.asOf(asOf, support.clock()));
        return Response.ok(Json.write(TreeJsonViews.calibration(answer)), MediaType.APPLICATION_JSON).build();
    }
}
