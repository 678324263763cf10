package com.outcomes.preview.work;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One Jira site's REST API as the preview calls it ({@code --jira-url}): its base URL, the bearer token
 * ({@code JIRA_TOKEN}), the HTTP client and how long one answer may take. Every failure is an
 * {@link IssuesDocumentException} whose message names the site and what was asked, never a class name.
 */
public final class JiraSite {

    /** How long one answer may take by default; a page of 100 issues from a busy Data Center node can take a while. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private final String base;
    private final String token;
    private final HttpClient http;
    private final Duration timeout;
    private final ObjectMapper mapper = new ObjectMapper();

    /** @param token bearer token (a Jira personal access token), or null to call anonymously */
    public JiraSite(URI url, String token, HttpClient http, Duration timeout) {
        this.base = url.toString().replaceAll("/+$", "");
        this.token = token;
        this.http = http;
        this.timeout = timeout;
    }

    public String base() {
        return base;
    }

    /** GET {@code path} (with its query); the JSON of a 200 answer. */
    public JsonNode get(String path, String what) {
        HttpResponse<String> response = send(path, what);
        if (response.statusCode() != 200) {
            throw new JiraAnswerException(response.statusCode(), errorMessages(response.body()),
                    "Jira " + host(path) + " answered HTTP " + response.statusCode() + " to " + what
                            + (response.statusCode() == 401 ? " (check JIRA_TOKEN)" : ""));
        }
        return read(path, what, response.body());
    }

    private HttpResponse<String> send(String path, String what) {
        URI uri = URI.create(base + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json");
        if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new IssuesDocumentException("Jira " + uri.getHost() + " did not answer " + what + " within "
                    + timeout.toSeconds() + " s", e);
        } catch (IOException e) {
            throw new IssuesDocumentException("Jira " + uri.getHost() + ": cannot read " + what + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IssuesDocumentException("interrupted while reading " + what + " from Jira", e);
        }
    }

    private JsonNode read(String path, String what, String body) {
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            throw new IssuesDocumentException("Jira " + host(path) + ": cannot read " + what + ": " + e.getMessage(), e);
        }
    }

    /** Jira's {@code {"errorMessages": [...], "errors": {...}}}, as one line; empty when the body has none. */
    private List<String> errorMessages(String body) {
        List<String> messages = new ArrayList<>();
        try {
            JsonNode error = mapper.readTree(body);
            error.path("errorMessages").forEach(m -> messages.add(m.asText()));
            error.path("errors").forEach(m -> messages.add(m.asText()));
        } catch (IOException | RuntimeException e) {
            // not JSON (a proxy's HTML page): the status alone says it
        }
        return messages;
    }

    private String host(String path) {
        return URI.create(base + path).getHost();
    }

    /** Runs a step of reading the issues; its errors name the issue, this names the Jira. */
    <T> T named(Supplier<T> step) {
        try {
            return step.get();
        } catch (IssuesDocumentException e) {
            throw new IssuesDocumentException("Jira " + base + ": " + e.getMessage(), e);
        }
    }

    /** Jira answered, but not 200: its status and its own error messages (a JQL error's words, for one). */
    public static final class JiraAnswerException extends IssuesDocumentException {

        private final int status;
        private final List<String> errorMessages;

        JiraAnswerException(int status, List<String> errorMessages, String message) {
            super(message);
            this.status = status;
            this.errorMessages = List.copyOf(errorMessages);
        }

        public int status() {
            return status;
        }

        public List<String> errorMessages() {
            return errorMessages;
        }
    }
}
