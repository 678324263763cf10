package com.outcomes.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.outcomes.service.TreeService;

/**
 * {@code GET /tree?project=KEY&asOf=DATE} (DESIGN §5): a project's challenges → outcomes → metrics → epics, only
 * what the caller may browse. The body:
 * <pre>
 * {"projectKey", "asOf",
 *  "challenges": [{"issueKey", "summary", "metrics": [node], "outcomes": [outcome]}],
 *  "unassigned": [outcome]}
 * outcome = {"issueKey", "summary", "closed", "metrics": [node],
 *            "epics": [{"key", "summary", "done", "total", "rice": {"reach", "impact", "confidence", "effort"} | null,
 *                       "score"}]}
 * node    = {"metric": the metric JSON of §5, "leading": [node]}   (LEADING metrics under their parent)
 * </pre>
 * {@code closed} is true for an outcome closed under §3b (greyed in the page).
 */
@Path("tree")
@Produces(MediaType.APPLICATION_JSON)
public class TreeResource {

    private final TreeService tree;
    private final Caller caller;
    private final RestSupport support;

    public TreeResource(TreeService tree, Caller caller, RestSupport support) {
        this.tree = tree;
        this.caller = caller;
        this.support = support;
    }

    /** 200 the tree; 400 without project or with a bad asOf; 404 an unknown or invisible project; 401 anonymous. */
    @GET
    public Response get(@QueryParam("project") String project, @QueryParam("asOf") String asOf) {
        String user = caller.require();
        var answer = tree.tree(user, Params.optionalText("project", project), Params.asOf(asOf, support.clock()));
        return Response.ok(Json.write(new TreeJsonViews(support.views()).tree(answer)), MediaType.APPLICATION_JSON)
                .build();
    }
}
