package com.outcomes.preview.auth;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.security.AuthenticationState;
import org.eclipse.jetty.security.ServerAuthException;
import org.eclipse.jetty.security.UserIdentity;
import org.eclipse.jetty.security.authentication.BasicAuthenticator;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's HTTP Basic, plus what Jetty does not do: every failed login is counted ({@link FailedLogins}) and the delay
 * it earned is left on the request for {@link LoginChallengeAnswer}, which writes the challenge that late. A request
 * without credentials is not a failure: it is how every browser starts.
 * <p>
 * Credentials are read as UTF-8, as browsers send them, while the challenge stays a plain {@code Basic realm="…"}:
 * Jetty decodes them as ISO-8859-1 unless told a charset, and telling it one would also announce it in every
 * challenge; ISO-8859-1 keeps each byte as one character, so the UTF-8 text is recovered from it without loss.
 */
public final class PreviewBasicAuthenticator extends BasicAuthenticator {

    /** Request attribute: the {@link Duration} to hold this request's challenge back. */
    static final String DELAY = PreviewBasicAuthenticator.class.getName() + ".delay";

    private final FailedLogins failedLogins;

    public PreviewBasicAuthenticator(FailedLogins failedLogins) {
        this.failedLogins = failedLogins;
    }

    @Override
    public AuthenticationState validateRequest(Request request, Response response, Callback callback) throws ServerAuthException {
        try {
            return super.validateRequest(request, response, callback);
        } catch (IllegalArgumentException unreadable) {
            // Basic credentials that are not Base64: a failed login of no user in particular, challenged like any other
            request.setAttribute(DELAY, failedLogins.failed(null, Request.getRemoteAddr(request)));
            return super.validateRequest(new WithoutCredentials(request), response, callback);
        }
    }

    @Override
    public UserIdentity login(String username, Object password, Request request, Response response) {
        String name = utf8(username);
        UserIdentity user = super.login(name, password instanceof String text ? utf8(text) : password, request, response);
        String address = Request.getRemoteAddr(request);
        if (user == null) {
            Duration delay = failedLogins.failed(name, address);
            request.setAttribute(DELAY, delay);
        } else {
            failedLogins.succeeded(name, address);
        }
        return user;
    }

    private static String utf8(String latin1) {
        return latin1 == null ? null : new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    /** The request as if it carried no credentials, so that Jetty challenges it. */
    private static final class WithoutCredentials extends Request.Wrapper {

        private final HttpFields headers;

        WithoutCredentials(Request request) {
            super(request);
            headers = HttpFields.build(request.getHeaders()).remove(HttpHeader.AUTHORIZATION).asImmutable();
        }

        @Override
        public HttpFields getHeaders() {
            return headers;
        }
    }
}
