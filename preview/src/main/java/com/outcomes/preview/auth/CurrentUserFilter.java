package com.outcomes.preview.auth;

import java.io.IOException;
import java.security.Principal;
import java.util.Optional;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

import com.outcomes.preview.web.RequestLanguage;

/**
 * Hands the user Jetty's security let in, and the language the request asks for, to core's {@link PreviewAccessPolicy}
 * for the rest of the chain ({@link RequestUser}); core asks its ports, not the servlet request.
 */
public final class CurrentUserFilter implements Filter {

    private final UserDirectory users;
    private final RequestUser requestUser;

    public CurrentUserFilter(UserDirectory users, RequestUser requestUser) {
        this.users = users;
        this.requestUser = requestUser;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        Principal principal = request.getUserPrincipal();
        Optional<PreviewUser> user = principal == null ? Optional.empty() : users.user(principal.getName());
        if (user.isEmpty()) {
            // not behind the login (every path is): core sees an anonymous caller and answers 401 itself
            chain.doFilter(req, res);
            return;
        }
        requestUser.set(user.get(), RequestLanguage.of(request.getHeader("Accept-Language")));
        try {
            chain.doFilter(req, res);
        } finally {
            requestUser.clear();
        }
    }
}
