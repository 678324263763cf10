package com.outcomes.preview.work;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.outcomes.domain.OutputWindow;
import com.outcomes.port.EpicWork;
import com.outcomes.port.IssueRef;
import com.outcomes.port.Portfolio;
import com.outcomes.port.Sprint;
import com.outcomes.port.SprintIssue;
import com.outcomes.port.WorkTracker;

/**
 * Work data read live from a Jira's REST API ({@code --jira-url}). The preview pages through
 * {@code /rest/api/2/search} once at start into the same document model as {@code --issues}, so
 * requests never wait on Jira and the answers are those of {@link IssuesDocumentWorkTracker}.
 */
public final class JiraRestWorkTracker implements WorkTracker {

    /** Every issue the token may see; sites with many issues narrow it with {@code --jql}. */
    public static final String DEFAULT_JQL = "ORDER BY key";
    static final int PAGE_SIZE = 100;
    private static final Logger LOG = LoggerFactory.getLogger(JiraRestWorkTracker.class);

    private final IssuesDocumentWorkTracker delegate;

    /**
     * Fetches every page of the search now.
     *
     * @param token bearer token (a Jira personal access token), or null to call anonymously
     * @throws IssuesDocumentException when Jira cannot be reached or answers with an error or a malformed document
     */
    public JiraRestWorkTracker(URI jiraUrl, String token, String jql, IssueFieldNames fieldNames, HttpClient http) {
        JsonNode document = fetch(jiraUrl, token, jql == null || jql.isBlank() ? DEFAULT_JQL : jql, fieldNames, http);
        this.delegate = new IssuesDocumentWorkTracker(new IssuesDocumentParser(fieldNames).parse(document));
        LOG.info("Read {} issues from {}", delegate.document().size(), jiraUrl);
    }

    public IssuesDocument document() {
        return delegate.document();
    }

    private static JsonNode fetch(URI jiraUrl, String token, String jql, IssueFieldNames fieldNames, HttpClient http) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode document = mapper.createObjectNode();
        ArrayNode issues = document.putArray("issues");
        String fields = String.join(",", List.of("project", "issuetype", "summary", "status", "resolutiondate",
                "issuelinks", "parent", fieldNames.epicLinkField(), fieldNames.sprintField()));
        String base = jiraUrl.toString().replaceAll("/+$", "");
        int startAt = 0;
        while (true) {
            URI page = URI.create(base + "/rest/api/2/search?jql=" + encode(jql) + "&fields=" + encode(fields)
                    + "&startAt=" + startAt + "&maxResults=" + PAGE_SIZE);
            JsonNode body = get(mapper, http, page, token);
            JsonNode pageIssues = body.path("issues");
            if (!pageIssues.isArray()) {
                throw new IssuesDocumentException("Jira " + page + ": the answer has no \"issues\" array");
            }
            pageIssues.forEach(issues::add);
            startAt += pageIssues.size();
            int total = body.path("total").asInt(0);
            if (pageIssues.isEmpty() || startAt >= total) {
                return document;
            }
        }
    }

    private static JsonNode get(ObjectMapper mapper, HttpClient http, URI uri, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IssuesDocumentException("Jira " + uri.getHost() + " answered HTTP " + response.statusCode()
                        + " to the issue search" + (response.statusCode() == 401 ? " (check JIRA_TOKEN)" : ""));
            }
            return mapper.readTree(response.body());
        } catch (IOException e) {
            throw new IssuesDocumentException("Jira " + uri.getHost() + ": cannot read the issue search: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IssuesDocumentException("interrupted while reading issues from Jira", e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Override
    public Optional<IssueRef> issue(String key) {
        return delegate.issue(key);
    }

    @Override
    public boolean hasProject(String projectKey) {
        return delegate.hasProject(projectKey);
    }

    @Override
    public Portfolio portfolio(String projectKey) {
        return delegate.portfolio(projectKey);
    }

    @Override
    public Map<String, List<IssueRef>> epicsOf(Collection<String> outcomeKeys) {
        return delegate.epicsOf(outcomeKeys);
    }

    @Override
    public Map<String, List<IssueRef>> outcomesMovedBy(Collection<String> epicKeys) {
        return delegate.outcomesMovedBy(epicKeys);
    }

    @Override
    public Optional<IssueRef> challengeOf(String outcomeKey) {
        return delegate.challengeOf(outcomeKey);
    }

    @Override
    public List<IssueRef> outcomesOf(String challengeKey) {
        return delegate.outcomesOf(challengeKey);
    }

    @Override
    public List<EpicWork> epicWork(Collection<IssueRef> epics, OutputWindow window) {
        return delegate.epicWork(epics, window);
    }

    @Override
    public Optional<Sprint> sprint(long sprintId) {
        return delegate.sprint(sprintId);
    }

    @Override
    public List<SprintIssue> sprintIssues(long sprintId) {
        return delegate.sprintIssues(sprintId);
    }
}
