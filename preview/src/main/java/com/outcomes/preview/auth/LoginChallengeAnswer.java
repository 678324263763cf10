package com.outcomes.preview.auth;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.eclipse.jetty.ee10.servlet.ErrorPageErrorHandler;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import com.outcomes.preview.PreviewText;
import com.outcomes.preview.web.ErrorAnswer;
import com.outcomes.preview.web.RequestLanguage;

/**
 * The body of Jetty's login challenge: Jetty's Basic authenticator sets the status and the {@code WWW-Authenticate}
 * header and has the context's error handler write the rest. REST paths get DESIGN §5's JSON error body, so the
 * gadget's error handling sees the same shape as for every other error; pages get one line of text; both in the
 * language the request asks for. A challenge to wrong credentials is written as late as {@link FailedLogins} decided,
 * on Jetty's scheduler: no thread waits meanwhile, so slowed guessing cannot tie up the server's threads. Every other
 * error is Jetty's usual error page.
 */
public final class LoginChallengeAnswer extends ErrorPageErrorHandler {

    private static final int UNAUTHORIZED = 401;

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (response.getStatus() != UNAUTHORIZED || !response.getHeaders().contains(HttpHeader.WWW_AUTHENTICATE)) {
            return super.handle(request, response, callback);
        }
        String message = PreviewText.get(RequestLanguage.of(request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE)),
                "outcomes.preview.auth.required");
        Runnable answer = () -> ErrorAnswer.write(request, response, callback, UNAUTHORIZED, null, message);
        Duration delay = request.getAttribute(PreviewBasicAuthenticator.DELAY) instanceof Duration d ? d : Duration.ZERO;
        if (delay.isZero()) {
            answer.run();
        } else {
            request.getComponents().getScheduler().schedule(answer, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
        return true;
    }
}
