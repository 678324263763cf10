package com.outcomes.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.outcomes.service.SprintReviewService;

/** The sprint review framed around outcomes. */
@Path("sprints")
@Produces(MediaType.APPLICATION_JSON)
public class SprintResource {

    private final SprintReviewService reviews;
    private final Caller caller;
    private final RestSupport support;

    public SprintResource(SprintReviewService reviews, Caller caller, RestSupport support) {
        this.reviews = reviews;
        this.caller = caller;
        this.support = support;
    }

    /** 200 the review; 404 an unknown sprint or one without an issue the caller may browse; 401 anonymous. */
    @GET
    @Path("{id}/review")
    public Response review(@PathParam("id") String id) {
        String user = caller.require();
        long sprintId = Params.pathId(id, "outcomes.error.sprintNotFound");
        return Response.ok(Json.write(support.views().sprintReview(reviews.review(user, sprintId))),
                MediaType.APPLICATION_JSON).build();
    }
}
