package com.outcomes.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.outcomes.service.Dashboard;
import com.outcomes.service.DashboardService;
import com.outcomes.view.DashboardHtml;

/**
 * The "Outcomes vs Output" aggregate: as JSON (DESIGN §5) and, for the gadget, as the HTML it inserts — both from the
 * same service answer, under the same parameters and permission rules.
 */
@Path("dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    static final int DEFAULT_WEEKS = 12;

    private final DashboardService dashboard;
    private final Caller caller;
    private final RestSupport support;
    private final DashboardHtml html;

    /** @param html renders the gadget's content in the viewer's language with the host's templates */
    public DashboardResource(DashboardService dashboard, Caller caller, RestSupport support, DashboardHtml html) {
        this.dashboard = dashboard;
        this.caller = caller;
        this.support = support;
        this.html = html;
    }

    /**
     * 200 the aggregate of what the caller may see; 400 without project (and challenge), with bad
     * weeks (1..104) / asOf (YYYY-MM-DD, 1970..9999), or a key with NUL or a broken character; 404 an unknown or
     * invisible challenge; 401 anonymous.
     */
    @GET
    public Response get(@QueryParam("project") String project, @QueryParam("challenge") String challenge,
                        @QueryParam("weeks") String weeks, @QueryParam("asOf") String asOf,
                        @QueryParam("includeClosed") String includeClosed) {
        Dashboard result = answer(project, challenge, weeks, asOf, includeClosed);
        return Response.ok(Json.write(support.views().dashboard(result)), MediaType.APPLICATION_JSON).build();
    }

    /**
     * The gadget's content as an HTML fragment (the server renders, the script only draws charts and wires controls):
     * the same parameters and answers as {@link #get}, errors as the same JSON bodies. With {@code outcome}, that
     * outcome's row alone (its own page shows it); an outcome not on the dashboard gives the "no outcomes" state.
     */
    @GET
    @Path("view")
    @Produces(MediaType.TEXT_HTML)
    public Response view(@QueryParam("project") String project, @QueryParam("challenge") String challenge,
                         @QueryParam("weeks") String weeks, @QueryParam("asOf") String asOf,
                         @QueryParam("outcome") String outcome, @QueryParam("includeClosed") String includeClosed) {
        String outcomeKey = Params.optionalText("outcome", outcome);
        Dashboard result = answer(project, challenge, weeks, asOf, includeClosed);
        return Response.ok(html.render(result, outcomeKey), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store").build();
    }

    /** @param includeClosed DESIGN §3b: closed outcomes are left out unless {@code includeClosed=true} */
    private Dashboard answer(String project, String challenge, String weeks, String asOf, String includeClosed) {
        String user = caller.require();
        return dashboard.dashboard(user, Params.optionalText("project", project),
                Params.optionalText("challenge", challenge), Params.intParam("weeks", weeks, DEFAULT_WEEKS),
                Params.asOf(asOf, support.clock()), Params.booleanParam("includeClosed", includeClosed, false));
    }
}
