package com.outcomes.preview.web;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import com.outcomes.preview.PreviewText;
import com.outcomes.rest.HttpRules;

/**
 * First on every request, before the login (so around Jetty's security handler, not a servlet filter behind it):
 * headers every answer carries (login challenges and other error answers included), and {@code TRACE}/{@code TRACK}
 * refused with 405 — the servlet default would echo the request back, {@code Authorization} header and all. Frame
 * options and {@code frame-ancestors} keep the pages from being framed by another site; on anything but HTML they are
 * ignored, so they go on every answer. The REST API's own JSON answers get {@code no-store} from core's
 * {@code TransportRules}; this sets it for the JSON answers written before the API is reached too.
 */
public final class TransportHandler extends Handler.Wrapper {

    public TransportHandler(Handler next) {
        super(next);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        HttpFields.Mutable headers = response.getHeaders();
        headers.put("X-Frame-Options", HttpRules.FRAME_OPTIONS);
        headers.put("Content-Security-Policy", HttpRules.FRAME_ANCESTORS);
        headers.put("X-Content-Type-Options", HttpRules.NOSNIFF);
        if (ErrorAnswer.isRest(request)) {
            headers.put(HttpHeader.CACHE_CONTROL, HttpRules.NO_STORE);
        }
        if (HttpRules.isTrace(request.getMethod())) {
            ErrorAnswer.write(request, response, callback, 405, null,
                    PreviewText.get(RequestLanguage.of(request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE)),
                            "outcomes.error.http.405"));
            return true;
        }
        return super.handle(request, response, callback);
    }
}
