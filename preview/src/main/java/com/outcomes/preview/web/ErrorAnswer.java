package com.outcomes.preview.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * An error the preview answers before any servlet runs (the transport rules, the login challenge, cross-site
 * writes): DESIGN §5's JSON error body on REST paths (what the gadget and API clients parse), one line of text
 * elsewhere. Written through Jetty's own request and response where no servlet is involved yet, through the servlet
 * API from a filter.
 */
public final class ErrorAnswer {

    static final String REST_PREFIX = "/rest/";
    private static final String JSON = "application/json;charset=utf-8";
    private static final String TEXT = "text/plain;charset=utf-8";

    private ErrorAnswer() {
    }

    static boolean isRest(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length()).startsWith(REST_PREFIX);
    }

    static boolean isRest(Request request) {
        return Request.getPathInContext(request).startsWith(REST_PREFIX);
    }

    /** The answer through Jetty's API; {@code callback} completes when it is sent. */
    public static void write(Request request, Response response, Callback callback, int status, String field, String message) {
        response.setStatus(status);
        if (request.getLength() != 0) {
            // the body is refused unread: Jetty may close rather than drain, so no request may follow on this connection
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
        boolean rest = isRest(request);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, rest ? JSON : TEXT);
        String body = rest ? json(status, field, message) : message + "\n";
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }

    static void send(HttpServletRequest request, HttpServletResponse response, int status, String field, String message)
            throws IOException {
        response.setStatus(status);
        if (request.getContentLengthLong() != 0) {
            // the body is refused unread: Jetty may close rather than drain, so no request may follow on this connection
            response.setHeader("Connection", "close");
        }
        boolean rest = isRest(request);
        response.setContentType(rest ? JSON : TEXT);
        response.getWriter().write(rest ? json(status, field, message) : message + "\n");
    }

    private static String json(int status, String field, String message) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("status", status);
        ObjectNode error = body.putArray("errors").addObject();
        error.put("field", field);
        error.put("message", message);
        return body.toString();
    }
}
