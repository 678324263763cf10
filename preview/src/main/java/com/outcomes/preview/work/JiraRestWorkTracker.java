package com.outcomes.preview.work;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.outcomes.domain.OutputWindow;
import com.outcomes.port.EpicWork;
import com.outcomes.port.IssueRef;
import com.outcomes.port.Portfolio;
import com.outcomes.port.Sprint;
import com.outcomes.port.SprintIssue;
import com.outcomes.port.WorkTracker;

/**
 * Work data read live from a Jira's REST API ({@code --jira-url}). The preview pages through
 * {@code /rest/api/2/search} at start into the same document model as {@code --issues}, so
 * requests never wait on Jira and the answers are those of {@link IssuesDocumentWorkTracker}; {@link #refresh()} reads
 * it all again (the job thread calls it every {@code --job-interval}). Field ids differ per site, so unless a flag
 * names them, the epic link and sprint fields are found in {@code /rest/api/2/field} by their Jira Software custom field
 * types, once at start.
 *
 * <p>A refresh builds a whole new document and then swaps one reference: every call answers from one complete read,
 * never from half of one. A refresh that fails (401, 5xx, a timeout, a malformed page) leaves the last good data in place.
 */
public final class JiraRestWorkTracker implements WorkTracker {

    /** Every issue the token may see; sites with many issues narrow it with {@code --jql}. */
    public static final String DEFAULT_JQL = "ORDER BY key";
    static final int PAGE_SIZE = 100;
    static final String SPRINT_FIELD_TYPE = "com.pyxis.greenhopper.jira:gh-sprint";
    static final String EPIC_LINK_FIELD_TYPE = "com.pyxis.greenhopper.jira:gh-epic-link";
    private static final Logger LOG = LoggerFactory.getLogger(JiraRestWorkTracker.class);

    private final JiraSite jira;
    private final String jql;
    private final IssueFieldNames fieldNames;
    private final AtomicReference<IssuesDocumentWorkTracker> current = new AtomicReference<>();

    /**
     * Finds the fields (unless given) and fetches every page of the search now.
     *
     * @param token bearer token (a Jira personal access token), or null to call anonymously
     * @throws IssuesDocumentException when Jira cannot be reached or answers with an error or a malformed document
     */
    public JiraRestWorkTracker(URI jiraUrl, String token, String jql, IssueFieldNames fieldNames, HttpClient http) {
        this(new JiraSite(jiraUrl, token, http, JiraSite.DEFAULT_TIMEOUT), jql, fieldNames);
    }

    /** As above, on a site already set up (its timeout included). */
    public JiraRestWorkTracker(JiraSite jira, String jql, IssueFieldNames fieldNames) {
        this.jira = jira;
        this.jql = jql == null || jql.isBlank() ? DEFAULT_JQL : jql;
        this.fieldNames = findFields(jira, fieldNames);
        current.set(read());
        LOG.info("Read {} issues from {}", document().size(), jira.base());
    }

    /**
     * Reads the work data again and swaps it in whole. When Jira cannot give all of it, the last good data stays and the
     * log says why in one line (no stack trace: an unreachable Jira is an expected state, not a bug).
     *
     * @return whether the data was replaced
     */
    public boolean refresh() {
        IssuesDocument before = document();
        try {
            IssuesDocumentWorkTracker read = read();
            current.set(read);
            LOG.info("Jira {}: re-read {} issues (before: {})", jira.base(), read.document().size(), before.size());
            return true;
        } catch (IssuesDocumentException e) {
            LOG.warn("Jira {}: re-reading the work data failed, keeping the {} issues read before: {}", jira.base(),
                    before.size(), e.getMessage());
            return false;
        }
    }

    private IssuesDocumentWorkTracker read() {
        IssuesDocumentParser.Issues issues = new IssuesDocumentParser(fieldNames).start("Jira " + jira.base());
        fetch(jira, jql, fieldNames, issues);
        return new IssuesDocumentWorkTracker(jira.named(issues::index));
    }

    private IssuesDocumentWorkTracker delegate() {
        return current.get();
    }

    /** The work data as last read in full. */
    public IssuesDocument document() {
        return delegate().document();
    }

    /** The field ids read: the flags' and, where no flag named one, those Jira's field list names. */
    public IssueFieldNames fieldNames() {
        return fieldNames;
    }

    private static IssueFieldNames findFields(JiraSite jira, IssueFieldNames given) {
        IssueFieldNames chosen = given;
        if (given.epicLinkFieldOrigin() == IssueFieldNames.Origin.DEFAULT || given.sprintFieldOrigin() == IssueFieldNames.Origin.DEFAULT) {
            JsonNode fields = jira.get("/rest/api/2/field", "the field list");
            if (!fields.isArray()) {
                throw new IssuesDocumentException("Jira " + jira.base() + ": /rest/api/2/field did not answer a list of fields");
            }
            chosen = given.withFound(fieldOfType(jira, fields, EPIC_LINK_FIELD_TYPE, "epic link", "--epic-link-field"),
                    fieldOfType(jira, fields, SPRINT_FIELD_TYPE, "sprint", "--sprint-field"));
        }
        LOG.info("Jira {}: epic link field {} ({}), sprint field {} ({}), epic type \"{}\"", jira.base(),
                chosen.epicLinkField(), chosen.epicLinkFieldOrigin().description(),
                chosen.sprintField(), chosen.sprintFieldOrigin().description(), chosen.epicType());
        return chosen;
    }

    /** The id of the first custom field of that type, or null (logged either way, with the others if several). */
    private static String fieldOfType(JiraSite jira, JsonNode fields, String type, String what, String flag) {
        List<String> ids = new ArrayList<>();
        for (JsonNode field : fields) {
            if (type.equals(field.path("schema").path("custom").asText()) && field.path("id").isTextual()) {
                ids.add(field.get("id").asText() + " \"" + field.path("name").asText() + "\"");
            }
        }
        if (ids.isEmpty()) {
            LOG.warn("Jira {}: no {} field ({}) in /rest/api/2/field; {} names one", jira.base(), what, type, flag);
            return null;
        }
        if (ids.size() > 1) {
            LOG.warn("Jira {}: {} {} fields ({}); reading the first, {} names another", jira.base(), ids.size(), what,
                    String.join(", ", ids), flag);
        }
        return ids.get(0).substring(0, ids.get(0).indexOf(' '));
    }

    private static void fetch(JiraSite jira, String jql, IssueFieldNames fieldNames, IssuesDocumentParser.Issues issues) {
        String fields = String.join(",", List.of("project", "issuetype", "summary", "status", "resolutiondate", "resolution", "updated", "created", "labels",
                "issuelinks", "parent", fieldNames.epicLinkField(), fieldNames.sprintField()));
        int startAt = 0;
        while (true) {
            String page = "/rest/api/2/search?jql=" + encode(jql) + "&fields=" + encode(fields)
                    + "&startAt=" + startAt + "&maxResults=" + PAGE_SIZE;
            JsonNode body = jira.get(page, "the issue search");
            JsonNode pageIssues = body.path("issues");
            if (!pageIssues.isArray()) {
                throw new IssuesDocumentException("Jira " + jira.base() + page + ": the answer has no \"issues\" array");
            }
            jira.named(() -> {
                pageIssues.forEach(issues::add);
                return null;
            });
            // Jira may cap maxResults below what was asked: the next page starts after what actually came.
            startAt += pageIssues.size();
            JsonNode total = body.path("total");
            if (total.isIntegralNumber()) {
                issues.declaredTotal(total.asLong());
            }
            if (pageIssues.isEmpty() || total.isIntegralNumber() && startAt >= total.asLong()) {
                return;
            }
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Override
    public Optional<IssueRef> issue(String key) {
        return delegate().issue(key);
    }

    @Override
    public boolean hasProject(String projectKey) {
        return delegate().hasProject(projectKey);
    }

    @Override
    public Portfolio portfolio(String projectKey) {
        return delegate().portfolio(projectKey);
    }

    @Override
    public Map<String, List<IssueRef>> epicsOf(Collection<String> outcomeKeys) {
        return delegate().epicsOf(outcomeKeys);
    }

    @Override
    public Map<String, List<IssueRef>> outcomesMovedBy(Collection<String> epicKeys) {
        return delegate().outcomesMovedBy(epicKeys);
    }

    @Override
    public Optional<IssueRef> challengeOf(String outcomeKey) {
        return delegate().challengeOf(outcomeKey);
    }

    @Override
    public List<IssueRef> outcomesOf(String challengeKey) {
        return delegate().outcomesOf(challengeKey);
    }

    @Override
    public List<EpicWork> epicWork(Collection<IssueRef> epics, OutputWindow window) {
        return delegate().epicWork(epics, window);
    }

    @Override
    public Optional<Sprint> sprint(long sprintId) {
        return delegate().sprint(sprintId);
    }

    @Override
    public List<SprintIssue> sprintIssues(long sprintId) {
        return delegate().sprintIssues(sprintId);
    }
}
