package com.outcomes.rest;

import java.io.InputStream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.outcomes.domain.Closure;
import com.outcomes.rest.dto.ClosureRequest;
import com.outcomes.service.LifecycleService;

/** An outcome's lifecycle (DESIGN §3b, §5): close, reopen, and the project's closed outcomes with what was learned. */
@Path("outcomes")
@Produces(MediaType.APPLICATION_JSON)
public class OutcomeLifecycleResource {

    private final LifecycleService lifecycle;
    private final Caller caller;

    public OutcomeLifecycleResource(LifecycleService lifecycle, Caller caller) {
        this.lifecycle = lifecycle;
        this.caller = caller;
    }

    /**
     * 200 the closure; 400 naming {@code result}, {@code learning} or {@code closedOn}; 401 anonymous; 403 no edit
     * right; 404 not a visible Outcome; 409 already closed; 413/415 by the transport rules.
     */
    @POST
    @Path("{key}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response close(@PathParam("key") String key, InputStream body) {
        String user = caller.require();
        String outcomeKey = Params.requiredText("key", key);
        ClosureRequest request = Json.read(body, ClosureRequest.class);
        return ok(lifecycle.close(user, outcomeKey, request.toNewClosure()));
    }

    /**
     * 200 the closure that ended; 401/403/404 as for closing; 409 the outcome is open. Takes a JSON body (an empty
     * object) like every write, so the transport rules (415, the preview's same-origin check) apply alike.
     */
    @POST
    @Path("{key}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reopen(@PathParam("key") String key) {
        String user = caller.require();
        return ok(lifecycle.reopen(user, Params.requiredText("key", key)));
    }

    /** 200 the project's closed outcomes the caller may browse, newest first; 400 no project; 404 unknown project. */
    @GET
    @Path("closed")
    public Response closed(@QueryParam("project") String project) {
        String user = caller.require();
        var closed = lifecycle.closed(user, Params.optionalText("project", project));
        return Response.ok(Json.write(JsonViews.closedOutcomes(closed)), MediaType.APPLICATION_JSON).build();
    }

    private Response ok(Closure closure) {
        return Response.ok(Json.write(JsonViews.closure(closure)), MediaType.APPLICATION_JSON).build();
    }
}
