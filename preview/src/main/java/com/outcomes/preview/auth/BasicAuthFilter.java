package com.outcomes.preview.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * HTTP Basic on everything the preview serves, REST and pages alike. Without valid credentials the
 * answer is 401 with a Basic challenge; REST paths also get DESIGN §5's JSON error body, so the
 * gadget's error handling sees the same shape as for every other error.
 */
public final class BasicAuthFilter implements Filter {

    public static final String REALM = "Outcomes preview";
    static final String REST_PREFIX = "/rest/";

    private final UserDirectory users;
    private final RequestUser requestUser;
    private final String message;
    private final String jsonBody;

    /** @param message what a caller without valid credentials is told ("Authentication required") */
    public BasicAuthFilter(UserDirectory users, RequestUser requestUser, String message) {
        this.users = users;
        this.requestUser = requestUser;
        this.message = message;
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("status", HttpServletResponse.SC_UNAUTHORIZED);
        ObjectNode error = body.putArray("errors").addObject();
        error.putNull("field");
        error.put("message", message);
        this.jsonBody = body.toString();
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        Optional<PreviewUser> user = credentials(request.getHeader("Authorization"));
        if (user.isEmpty()) {
            challenge(request, response);
            return;
        }
        requestUser.set(user.get());
        try {
            chain.doFilter(new AuthenticatedRequest(request, user.get().name()), response);
        } finally {
            requestUser.clear();
        }
    }

    private Optional<PreviewUser> credentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        return users.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    private void challenge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(REST_PREFIX)) {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(jsonBody);
        } else {
            response.setContentType("text/plain");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(message + "\n");
        }
    }

    /** Lets pages and resources read the login the usual servlet way ({@code getRemoteUser()}). */
    private static final class AuthenticatedRequest extends jakarta.servlet.http.HttpServletRequestWrapper {
        private final String name;

        AuthenticatedRequest(HttpServletRequest request, String name) {
            super(request);
            this.name = name;
        }

        @Override
        public String getRemoteUser() {
            return name;
        }

        @Override
        public java.security.Principal getUserPrincipal() {
            return () -> name;
        }

        @Override
        public String getAuthType() {
            return HttpServletRequest.BASIC_AUTH;
        }
    }
}
