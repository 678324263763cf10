package com.outcomes.preview.web;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.outcomes.preview.PreviewText;
import com.outcomes.rest.HttpRules;

/**
 * First on every request, before the login: headers every answer carries (error answers of the later filters
 * included), and {@code TRACE}/{@code TRACK} refused with 405 — the servlet default would echo the request back,
 * {@code Authorization} header and all. Frame options and {@code frame-ancestors} keep the pages from being framed
 * by another site; on anything but HTML they are ignored, so they go on every answer. The REST API's own JSON answers
 * get {@code no-store} from core's {@code TransportRules}; this sets it for the filters' JSON answers too.
 */
public final class TransportFilter implements Filter {

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        response.setHeader("X-Frame-Options", HttpRules.FRAME_OPTIONS);
        response.setHeader("Content-Security-Policy", HttpRules.FRAME_ANCESTORS);
        response.setHeader("X-Content-Type-Options", HttpRules.NOSNIFF);
        if (ErrorAnswer.isRest(request)) {
            response.setHeader("Cache-Control", HttpRules.NO_STORE);
        }
        if (HttpRules.isTrace(request.getMethod())) {
            ErrorAnswer.send(request, response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, null,
                    PreviewText.get(RequestLanguage.of(request.getHeader("Accept-Language")), "outcomes.error.http.405"));
            return;
        }
        chain.doFilter(request, response);
    }
}
