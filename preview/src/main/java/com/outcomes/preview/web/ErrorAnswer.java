package com.outcomes.preview.web;

import java.io.IOException;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An error the preview's filters answer before any servlet runs: DESIGN §5's JSON error body on REST paths (what the
 * gadget and API clients parse), one line of text elsewhere.
 */
final class ErrorAnswer {

    static final String REST_PREFIX = "/rest/";

    private ErrorAnswer() {
    }

    static boolean isRest(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length()).startsWith(REST_PREFIX);
    }

    static void send(HttpServletRequest request, HttpServletResponse response, int status, String field, String message)
            throws IOException {
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        if (request.getContentLengthLong() != 0) {
            // the body is refused unread: Jetty may close rather than drain, so no request may follow on this connection
            response.setHeader("Connection", "close");
        }
        if (isRest(request)) {
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            body.put("status", status);
            ObjectNode error = body.putArray("errors").addObject();
            error.put("field", field);
            error.put("message", message);
            response.setContentType("application/json");
            response.getWriter().write(body.toString());
        } else {
            response.setContentType("text/plain");
            response.getWriter().write(message + "\n");
        }
    }
}
