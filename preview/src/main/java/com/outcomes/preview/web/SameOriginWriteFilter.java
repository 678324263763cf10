package com.outcomes.preview.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

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
 * The preview's half of DESIGN §5's cross-site rule (Jira has its own XSRF check): a write whose {@code Origin} —
 * or, when a browser sent none, whose {@code Referer} — is another origin than the one the request was addressed to
 * is refused with 403, after the login. A browser logged in with Basic would otherwise send its credentials along
 * with any other site's form. Requests with neither header (curl, scripts) are not from a page and
 * pass; {@code Origin: null} (sandboxed frames, {@code file:}) is another origin.
 */
public final class SameOriginWriteFilter implements Filter {

    static final String FIELD = "Origin";

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if (HttpRules.isWrite(request.getMethod()) && !fromOwnOrigin(request)) {
            ErrorAnswer.send(request, (HttpServletResponse) res, HttpServletResponse.SC_FORBIDDEN, FIELD,
                    PreviewText.get(RequestLanguage.of(request.getHeader("Accept-Language")), "outcomes.preview.error.crossOrigin"));
            return;
        }
        chain.doFilter(req, res);
    }

    static boolean fromOwnOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        String source = origin != null ? origin : request.getHeader("Referer");
        if (source == null) {
            return true;
        }
        String own = own(request);
        return own != null && own.equals(originOf(source));
    }

    /** {@code scheme://host[:port]} the request was addressed to (its Host header), lower-case, default port left out. */
    private static String own(HttpServletRequest request) {
        String host = request.getHeader("Host");
        return host == null || host.isBlank() ? null : originOf(request.getScheme() + "://" + host.strip());
    }

    /** The origin of an absolute URL in the same normal form, or null for anything else ("null", garbage). */
    static String originOf(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme();
            String host = uri.getHost();
            if (scheme == null || host == null) {
                return null;
            }
            scheme = scheme.toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
            return scheme + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
