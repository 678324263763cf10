package com.outcomes.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.junit.Test;

/** DESIGN §5's transport rules as the REST API applies them, whatever the host. */
public class TransportRulesTest {

    private final TransportRules rules = new TransportRules();

    private static ContainerRequestContext request(String method, MediaType type) {
        ContainerRequestContext request = mock(ContainerRequestContext.class);
        when(request.getMethod()).thenReturn(method);
        when(request.getMediaType()).thenReturn(type);
        return request;
    }

    private static MultivaluedMap<String, Object> headersOfAnswer(MediaType type) {
        ContainerResponseContext response = mock(ContainerResponseContext.class);
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        when(response.getMediaType()).thenReturn(type);
        when(response.getHeaders()).thenReturn(headers);
        new TransportRules().filter(request("GET", null), response);
        return headers;
    }

    @Test
    public void aWriteWithoutAContentTypeIsRefusedAsUnsupported() {
        for (String method : new String[] {"POST", "PUT", "DELETE"}) {
            assertThrows(method, NotSupportedException.class, () -> rules.filter(request(method, null)));
        }
    }

    @Test
    public void aReadWithoutAContentTypeAndAWriteThatNamesOnePass() {
        rules.filter(request("GET", null));
        rules.filter(request("POST", MediaType.APPLICATION_JSON_TYPE));
    }

    @Test
    public void jsonAnswersAreNeitherSniffedNorStored() {
        MultivaluedMap<String, Object> headers = headersOfAnswer(MediaType.APPLICATION_JSON_TYPE);

        assertEquals("nosniff", headers.getFirst("X-Content-Type-Options"));
        assertEquals("no-store", headers.getFirst("Cache-Control"));
    }

    @Test
    public void otherAnswersKeepTheirOwnHeaders() {
        MultivaluedMap<String, Object> headers = headersOfAnswer(MediaType.TEXT_HTML_TYPE);

        assertFalse(headers.containsKey("Cache-Control"));
    }
}
