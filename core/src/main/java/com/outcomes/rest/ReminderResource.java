package com.outcomes.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.outcomes.service.ReminderService;

/** Reminders sent by "compute and remind" (DESIGN §3b). */
@Path("reminders")
@Produces(MediaType.APPLICATION_JSON)
public class ReminderResource {

    private final ReminderService reminders;
    private final Caller caller;

    public ReminderResource(ReminderService reminders, Caller caller) {
        this.reminders = reminders;
        this.caller = caller;
    }

    /**
     * 200 reminders newest first — every one for an administrator, the caller's own for everyone else — of one metric
     * with {@code metricId}; 400 a malformed metricId; 401 anonymous.
     */
    @GET
    public Response list(@QueryParam("metricId") String metricId) {
        String user = caller.require();
        Long id = metricId == null || metricId.isBlank() ? null : Params.id("metricId", metricId);
        return Response.ok(Json.write(JsonViews.reminders(reminders.list(user, id))), MediaType.APPLICATION_JSON)
                .build();
    }
}
