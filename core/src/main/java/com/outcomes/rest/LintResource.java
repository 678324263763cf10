package com.outcomes.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.outcomes.service.LintService;

/** SMART check of a success statement. */
@Path("lint")
@Produces(MediaType.APPLICATION_JSON)
public class LintResource {

    private final LintService lint;
    private final Caller caller;
    private final RestSupport support;

    public LintResource(LintService lint, Caller caller, RestSupport support) {
        this.lint = lint;
        this.caller = caller;
        this.support = support;
    }

    /** 200 findings (possibly none); 400 without issueKey; 404 invisible issue; 401 anonymous. */
    @GET
    public Response lint(@QueryParam("issueKey") String issueKey, @QueryParam("asOf") String asOf) {
        String user = caller.require();
        String key = Params.requiredText("issueKey", issueKey);
        var findings = lint.lint(user, key, Params.asOf(asOf, support.clock()));
        return Response.ok(Json.write(support.views().lint(key, findings)), MediaType.APPLICATION_JSON).build();
    }
}
