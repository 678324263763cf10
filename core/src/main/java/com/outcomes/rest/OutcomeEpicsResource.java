package com.outcomes.rest;

import java.io.InputStream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.outcomes.rest.dto.RiceRequest;
import com.outcomes.service.EpicService;

/** The epics meant to move an outcome, ranked by RICE. */
@Path("outcomes")
@Produces(MediaType.APPLICATION_JSON)
public class OutcomeEpicsResource {

    private final EpicService epics;
    private final Caller caller;
    private final RestSupport support;

    public OutcomeEpicsResource(EpicService epics, Caller caller, RestSupport support) {
        this.epics = epics;
        this.caller = caller;
        this.support = support;
    }

    /** 200 linked epics with output and RICE, best first; 400 a key with NUL; 404 invisible outcome; 401 anonymous. */
    @GET
    @Path("{key}/epics")
    public Response list(@PathParam("key") String key) {
        String user = caller.require();
        String outcomeKey = Params.requiredText("key", key);
        return Response.ok(Json.write(support.views().epics(outcomeKey, epics.epicsOf(user, outcomeKey))),
                MediaType.APPLICATION_JSON).build();
    }

    /**
     * 200 the stored RICE with its score; 400 field errors; 403 no edit on the outcome; 404 epic not linked; 413 a
     * body over 10 MB.
     */
    @PUT
    @Path("{key}/epics/{epicKey}/rice")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response setRice(@PathParam("key") String key, @PathParam("epicKey") String epic, InputStream body) {
        String user = caller.require();
        String outcomeKey = Params.requiredText("key", key);
        String epicKey = Params.requiredText("epicKey", epic);
        RiceRequest request = Json.read(body, RiceRequest.class);
        var stored = epics.setRice(user, outcomeKey, epicKey, request.toRiceScore());
        return Response.ok(Json.write(new RiceResult(JsonViews.rice(stored), stored.score())),
                MediaType.APPLICATION_JSON).build();
    }

    /** The RICE inputs as stored and the score they give. */
    public record RiceResult(com.outcomes.rest.dto.EpicsJson.RiceJson rice, double score) {
    }
}
