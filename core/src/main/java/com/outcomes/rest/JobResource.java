package com.outcomes.rest;

import java.time.Clock;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.outcomes.rest.dto.JobResultJson;
import com.outcomes.service.JobControl;
import com.outcomes.service.JobResult;

/** Running "compute and remind" on demand (DESIGN §5). */
@Path("jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {

    private final JobControl jobs;
    private final Caller caller;
    private final Clock clock;

    public JobResource(JobControl jobs, Caller caller, RestSupport support) {
        this.jobs = jobs;
        this.caller = caller;
        this.clock = support.clock();
    }

    /**
     * 200 {@code {computed, reminders, errors}} after one run as of {@code asOf} (default today); 400 a malformed asOf;
     * 401 anonymous; 403 anyone but an administrator; 415 without {@code application/json} (as every write, though it
     * takes no body: a cross-site form cannot send that type).
     */
    @POST
    @Path("run")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response run(@QueryParam("asOf") String asOf) {
        String user = caller.require();
        JobResult result = jobs.runNow(user, Params.asOf(asOf, clock));
        return Response.ok(Json.write(new JobResultJson(result.computed(), result.reminders(), result.errors())),
                MediaType.APPLICATION_JSON).build();
    }
}
