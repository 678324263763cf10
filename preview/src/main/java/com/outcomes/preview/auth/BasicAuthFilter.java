package com.outcomes.preview.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import com.outcomes.preview.PreviewText;
import com.outcomes.preview.web.RequestLanguage;

/**
 * HTTP Basic on everything the preview serves, REST and pages alike. Without valid credentials the
 * answer is 401 with a Basic challenge; REST paths also get DESIGN §5's JSON error body, so the
 * gadget's error handling sees the same shape as for every other error, in the language the request asks for.
 * <p>
 * Wrong credentials are answered late, by as much as {@link FailedLogins} says; the wait is asynchronous (the
 * request thread goes back to the pool), so slowed guessing cannot tie up the server's threads. A request without
 * credentials is not a failure: it is how every browser starts.
 */
public final class BasicAuthFilter implements Filter {

    public static final String REALM = "Outcomes preview";
    static final String REST_PREFIX = "/rest/";

    private final UserDirectory users;
    private final RequestUser requestUser;
    private final FailedLogins failedLogins;
    private final ScheduledExecutorService delayed;

    /** @param failedLogins the counts that decide how late a wrong password is answered */
    public BasicAuthFilter(UserDirectory users, RequestUser requestUser, FailedLogins failedLogins) {
        this.users = users;
        this.requestUser = requestUser;
        this.failedLogins = failedLogins;
        this.delayed = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outcomes-login-delay");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        boolean rest = request.getRequestURI().substring(request.getContextPath().length()).startsWith(REST_PREFIX);
        Attempt attempt = attempt(request.getHeader("Authorization"));
        if (attempt == null) {
            challenge(rest, request, response);
            return;
        }
        String address = request.getRemoteAddr();
        if (attempt.user().isEmpty()) {
            answerLate(failedLogins.failed(attempt.name(), address), request, rest, response);
            return;
        }
        PreviewUser user = attempt.user().get();
        failedLogins.succeeded(attempt.name(), address);
        requestUser.set(user, RequestLanguage.of(request.getHeader("Accept-Language")));
        try {
            chain.doFilter(new AuthenticatedRequest(request, user.name()), response);
        } finally {
            requestUser.clear();
        }
    }

    @Override
    public void destroy() {
        delayed.shutdownNow();
    }

    /** The 401 after {@code delay}, without holding a thread meanwhile. */
    private void answerLate(Duration delay, HttpServletRequest request, boolean rest, HttpServletResponse response) throws IOException {
        if (delay.isZero()) {
            challenge(rest, request, response);
            return;
        }
        if (!request.isAsyncSupported()) {
            // mounted without async support: still slow the guess down, at the cost of a thread
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            challenge(rest, request, response);
            return;
        }
        AsyncContext async = request.startAsync();
        async.setTimeout(delay.toMillis() + 30_000);
        try {
            delayed.schedule(() -> {
                try {
                    challenge(rest, request, (HttpServletResponse) async.getResponse());
                } catch (IOException | IllegalStateException e) {
                    // the caller went away while waiting; nothing left to answer
                } finally {
                    async.complete();
                }
            }, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // stopping: answer at once rather than never
            challenge(rest, request, response);
            async.complete();
        }
    }

    /** The credentials of a Basic header: null without any, an empty user when they are wrong or unreadable. */
    private Attempt attempt(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return new Attempt(null, Optional.empty());
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return new Attempt(null, Optional.empty());
        }
        String name = decoded.substring(0, colon);
        return new Attempt(name, users.authenticate(name, decoded.substring(colon + 1)));
    }

    private void challenge(boolean rest, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        if (request.getContentLengthLong() != 0) {
            // the body is refused unread: Jetty may close rather than drain, so no request may follow on this connection
            response.setHeader("Connection", "close");
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
        String message = PreviewText.get(RequestLanguage.of(request.getHeader("Accept-Language")), "outcomes.preview.auth.required");
        if (rest) {
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            body.put("status", HttpServletResponse.SC_UNAUTHORIZED);
            ObjectNode error = body.putArray("errors").addObject();
            error.putNull("field");
            error.put("message", message);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(body.toString());
        } else {
            response.setContentType("text/plain");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(message + "\n");
        }
    }

    /** The name tried (null when unreadable) and the user it logs in, if the password is right. */
    private record Attempt(String name, Optional<PreviewUser> user) {
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
