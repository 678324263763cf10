package com.outcomes.preview.automation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.outcomes.port.CountFailedException;
import com.outcomes.port.IssueCounter;
import com.outcomes.preview.auth.PreviewUser;
import com.outcomes.preview.auth.UserDirectory;
import com.outcomes.preview.jql.JqlText;
import com.outcomes.preview.work.IssuesDocumentException;
import com.outcomes.preview.work.JiraSite;

/**
 * Counts with the real Jira ({@code --jira-url}): {@code /rest/api/2/search?jql=…&maxResults=0} answers the number of
 * matching issues in {@code total} without sending one issue. Jira counts as the token's user; the preview's own browse
 * rights are added as a {@code project in (…)} clause for users who may not browse every project. A query Jira refuses
 * (HTTP 400) is the parser's message; relative dates are Jira's own, counted from its clock.
 */
public final class JiraIssueCounter implements IssueCounter {

    private static final Logger LOG = LoggerFactory.getLogger(JiraIssueCounter.class);

    private final JiraSite jira;
    private final UserDirectory users;

    public JiraIssueCounter(JiraSite jira, UserDirectory users) {
        this.jira = jira;
        this.users = users;
    }

    /**
     * Jira's words when it refuses the query; empty when it accepts it, and also when it cannot be asked now (the job
     * will report the failure then: a definition is not refused because Jira is down for a minute).
     */
    @Override
    public Optional<String> problemWith(String jql, String user) {
        try {
            total(jql);
            return Optional.empty();
        } catch (JiraSite.JiraAnswerException e) {
            if (e.status() == 400) {
                return Optional.of(refusal(e));
            }
            LOG.warn("Jira {}: cannot check a computed metric's JQL now: {}", jira.base(), e.getMessage());
            return Optional.empty();
        } catch (IssuesDocumentException e) {
            LOG.warn("Jira {}: cannot check a computed metric's JQL now: {}", jira.base(), e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public long count(String jql, String user, LocalDate asOf) {
        PreviewUser counted = users.user(user).orElseThrow(() ->
                new CountFailedException("the user " + user + " is not among the preview's users"));
        String query = jql;
        if (!counted.browsesEveryProject()) {
            if (counted.browsableProjects().isEmpty()) {
                return 0;
            }
            query = "project in (" + counted.browsableProjects().stream().map(p -> "\"" + p + "\"")
                    .collect(Collectors.joining(", ")) + ") AND (" + JqlText.withoutOrderBy(jql) + ")";
        }
        try {
            return total(query);
        } catch (JiraSite.JiraAnswerException e) {
            throw new CountFailedException(e.status() == 400 ? refusal(e) : e.getMessage(), e);
        } catch (IssuesDocumentException e) {
            throw new CountFailedException(e.getMessage(), e);
        }
    }

    private long total(String jql) {
        JsonNode answer = jira.get("/rest/api/2/search?jql=" + URLEncoder.encode(jql, StandardCharsets.UTF_8)
                + "&maxResults=0&fields=key", "the count of a computed metric");
        if (!answer.path("total").isIntegralNumber()) {
            throw new IssuesDocumentException("Jira " + jira.base() + ": the search answer has no \"total\"");
        }
        return answer.get("total").asLong();
    }

    private static String refusal(JiraSite.JiraAnswerException e) {
        return e.errorMessages().isEmpty() ? e.getMessage() : String.join(" ", e.errorMessages());
    }
}
