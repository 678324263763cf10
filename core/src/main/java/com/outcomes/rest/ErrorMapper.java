package com.outcomes.rest;

import java.util.List;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.outcomes.domain.FieldError;
import com.outcomes.domain.ValidationException;
import com.outcomes.error.ConflictException;
import com.outcomes.error.ForbiddenException;
import com.outcomes.error.NotFoundException;
import com.outcomes.error.UnauthorizedException;
import com.outcomes.i18n.Messages;
import com.outcomes.rest.dto.ErrorJson;

/**
 * The only way an error leaves the API: the JSON body of DESIGN §5 with a message from the bundle, in the caller's
 * language when the host registers it with {@link Messages#following} (both hosts do). Unexpected failures are
 * logged with their stack trace and answered with a generic 500 body.
 */
@Provider
public class ErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    static final String CONTENT_TYPE = "Content-Type";

    private final Messages messages;

    /** @param messages one instance serves every request, so hosts give messages that follow the caller's language */
    public ErrorMapper(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof ValidationException e) {
            return body(400, e.errors().stream()
                    .map(fe -> new ErrorJson.FieldErrorJson(fe.field(), message(fe)))
                    .toList());
        }
        if (failure instanceof RequestBodies.BodyTooLargeException e) {
            return unreadBody(single(413, "body", messages.get("outcomes.error.bodyTooLarge", e.limitBytes() / 1_000_000)));
        }
        if (failure instanceof UnauthorizedException) {
            return Response.fromResponse(single(401, null, messages.get("outcomes.error.unauthorized")))
                    .header("WWW-Authenticate", "Basic realm=\"Outcomes\"").build();
        }
        if (failure instanceof ForbiddenException e) {
            return single(403, null, e.messageKey() != null ? messages.get(e.messageKey())
                    : messages.get("outcomes.error.forbidden", e.issueKey()));
        }
        if (failure instanceof NotFoundException e) {
            return single(404, null, messages.get(e.messageKey(), e.args()));
        }
        if (failure instanceof ConflictException e) {
            if (e.messageKey() != null) {
                return single(409, e.field(), messages.get(e.messageKey(), e.args().toArray()));
            }
            return single(409, "supersedes", messages.get("outcomes.error.alreadySuperseded"));
        }
        if (failure instanceof NotSupportedException) {
            // a write without a content type, or with another one than the address takes (DESIGN §5)
            return unreadBody(single(415, CONTENT_TYPE, messages.get("outcomes.error.contentType")));
        }
        if (failure instanceof WebApplicationException e && e.getResponse().getStatus() < 500) {
            int status = e.getResponse().getStatus();
            return single(status, null, messages.get("outcomes.error.http." + status));
        }
        LOG.error("Unexpected failure answering a REST request", failure);
        return single(500, null, messages.get("outcomes.error.internal"));
    }

    /**
     * The request's body was refused unread: the server may drop the connection rather than drain it, so the client
     * is told not to send another request on it (a client that did would see the connection close with no answer).
     */
    private static Response unreadBody(Response response) {
        return Response.fromResponse(response).header("Connection", "close").build();
    }

    private String message(FieldError fe) {
        return messages.get(fe.messageKey(), fe.args().toArray());
    }

    private Response single(int status, String field, String message) {
        return body(status, List.of(new ErrorJson.FieldErrorJson(field, message)));
    }

    private static Response body(int status, List<ErrorJson.FieldErrorJson> errors) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(Json.write(new ErrorJson(status, errors))).build();
    }
}
