package com.outcomes.rest;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/**
 * DESIGN §5 for every host, on the REST API itself: a write must name its content type — JAX-RS matches a request
 * without one to any {@code @Consumes}, so a cross-site form or a careless client would otherwise get through — and
 * a JSON answer is neither sniffed as another type nor stored by any cache. Mismatched types are refused by the
 * resources' {@code @Consumes}; both end as {@link NotSupportedException}, which {@link ErrorMapper} answers 415.
 */
@Provider
public class TransportRules implements ContainerRequestFilter, ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (HttpRules.isWrite(request.getMethod()) && request.getMediaType() == null) {
            throw new NotSupportedException();
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            MultivaluedMap<String, Object> headers = response.getHeaders();
            headers.putSingle("X-Content-Type-Options", HttpRules.NOSNIFF);
            headers.putSingle("Cache-Control", HttpRules.NO_STORE);
        }
    }
}
