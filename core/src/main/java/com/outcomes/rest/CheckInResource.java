package com.outcomes.rest;

import java.io.InputStream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.outcomes.domain.CheckIn;
import com.outcomes.rest.dto.CheckInJson;
import com.outcomes.rest.dto.CheckInRequest;
import com.outcomes.service.CheckInService;

/** Check-ins on an outcome (DESIGN §5): newest first; add one → 201. */
// Its own root path, not "outcomes": other resources under /outcomes/{key}/… stay apart whatever their paths.
@Path("outcomes/{key}/checkins")
@Produces(MediaType.APPLICATION_JSON)
public class CheckInResource {

    private final CheckInService checkIns;
    private final Caller caller;

    public CheckInResource(CheckInService checkIns, Caller caller) {
        this.checkIns = checkIns;
        this.caller = caller;
    }

    /** 200 the check-ins, newest first; 400 a Challenge key; 404 an unknown, invisible or non-outcome key; 401. */
    @GET
    public Response list(@PathParam("key") String key) {
        String user = caller.require();
        String outcomeKey = Params.requiredText("key", key);
        return Response.ok(Json.write(CheckInJson.of(checkIns.checkInsOf(user, outcomeKey))),
                MediaType.APPLICATION_JSON).build();
    }

    /**
     * 201 the stored check-in; 400 naming {@code confidence} or {@code comment}; 403 no edit on the outcome; 404 as
     * for the list; 413 a body over 10 MB; 415 not JSON.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("key") String key, InputStream body) {
        String user = caller.require();
        String outcomeKey = Params.requiredText("key", key);
        CheckInRequest request = Json.read(body, CheckInRequest.class);
        CheckIn stored = checkIns.add(user, outcomeKey, request.toNewCheckIn());
        return Response.status(Response.Status.CREATED).entity(Json.write(CheckInJson.of(stored)))
                .type(MediaType.APPLICATION_JSON).build();
    }
}
