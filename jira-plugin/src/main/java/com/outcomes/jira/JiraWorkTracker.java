package com.outcomes.jira;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.outcomes.domain.OutputWindow;
import com.outcomes.domain.WeeklyCounts;
import com.outcomes.jira.sprint.SprintDirectory;
import com.outcomes.port.EpicWork;
import com.outcomes.port.IssueRef;
import com.outcomes.port.Portfolio;
import com.outcomes.port.Sprint;
import com.outcomes.port.SprintIssue;
import com.outcomes.port.WorkTracker;

/**
 * Core's view of Jira's work, built from Jira searches (run as the logged-in user, so issue security applies)
 * and from issue links.
 *
 * <p>Links are read with {@link IssueLinkManager}, served from Jira's link cache: JQL cannot ask "which epics
 * link to these outcomes" in one query without ScriptRunner's {@code issueFunction}, and the per-issue link
 * look-ups cost no search. Linked issues are not permission-filtered here; callers check
 * {@code AccessPolicy} on what they show.
 *
 * <p>Output of epics is ONE search ({@code "Epic Link" in (…)}), read in pages, grouped by the Epic Link
 * value of each result.
 *
 * <p>Sprint metadata (name, start and end dates) comes from Jira Software's sprint service through
 * {@link SprintDirectory} when Jira Software is installed; without it {@link #sprint(long)} derives existence and
 * state from JQL and leaves name and dates unknown.
 */
@Named
public final class JiraWorkTracker implements WorkTracker {

    static final String EPIC_LINK_FIELD = "Epic Link";
    static final String DONE_CATEGORY = "done";

    private final IssueSearch search;
    private final IssueManager issueManager;
    private final IssueLinkManager linkManager;
    private final CustomFieldManager customFieldManager;
    private final SprintDirectory sprints;

    @Inject
    public JiraWorkTracker(@ComponentImport SearchService searchService,
                           @ComponentImport IssueManager issueManager,
                           @ComponentImport IssueLinkManager linkManager,
                           @ComponentImport CustomFieldManager customFieldManager,
                           @ComponentImport JiraAuthenticationContext authentication,
                           SprintDirectory sprints) {
        this.search = new IssueSearch(searchService, authentication);
        this.issueManager = issueManager;
        this.linkManager = linkManager;
        this.customFieldManager = customFieldManager;
        this.sprints = sprints;
    }

    @Override
    public Optional<IssueRef> issue(String key) {
        // the same one lookup also tells whether the issue is resolved: an Outcome's panel then offers to close it
        return Optional.ofNullable(issueManager.getIssueByCurrentKey(key)).map(IssueRefs::withResolution);
    }

    @Override
    public Portfolio portfolio(String projectKey) {
        List<IssueRef> challenges = new ArrayList<>();
        List<IssueRef> outcomes = new ArrayList<>();
        Map<String, String> challengeOfOutcome = new LinkedHashMap<>();
        for (Issue issue : search.all(Jql.portfolio(projectKey))) {
            IssueRef ref = IssueRefs.of(issue);
            if (ref.isOfType(IssueRef.CHALLENGE)) {
                challenges.add(ref);
            } else if (ref.isOfType(IssueRef.OUTCOME)) {
                outcomes.add(ref);
                linked(linkManager.getOutwardLinks(issue.getId()), LinkTypes.SUCCESS_MEASURE, IssueLink::getDestinationObject)
                        .stream().findFirst()
                        .ifPresent(challenge -> challengeOfOutcome.put(ref.key(), challenge.key()));
            }
        }
        return new Portfolio(challenges, outcomes, challengeOfOutcome);
    }

    @Override
    public Map<String, List<IssueRef>> epicsOf(Collection<String> outcomeKeys) {
        return linksOf(outcomeKeys, issue -> linked(linkManager.getInwardLinks(issue.getId()),
                LinkTypes.OUTCOME, IssueLink::getSourceObject));
    }

    @Override
    public Map<String, List<IssueRef>> outcomesMovedBy(Collection<String> epicKeys) {
        return linksOf(epicKeys, issue -> linked(linkManager.getOutwardLinks(issue.getId()),
                LinkTypes.OUTCOME, IssueLink::getDestinationObject));
    }

    @Override
    public Optional<IssueRef> challengeOf(String outcomeKey) {
        return Optional.ofNullable(issueManager.getIssueByCurrentKey(outcomeKey))
                .flatMap(outcome -> linked(linkManager.getOutwardLinks(outcome.getId()),
                        LinkTypes.SUCCESS_MEASURE, IssueLink::getDestinationObject).stream().findFirst());
    }

    @Override
    public List<IssueRef> outcomesOf(String challengeKey) {
        return Optional.ofNullable(issueManager.getIssueByCurrentKey(challengeKey))
                .map(challenge -> linked(linkManager.getInwardLinks(challenge.getId()),
                        LinkTypes.SUCCESS_MEASURE, IssueLink::getSourceObject))
                .orElse(List.of());
    }

    @Override
    public List<EpicWork> epicWork(Collection<IssueRef> epics, OutputWindow window) {
        if (epics.isEmpty()) {
            return List.of();
        }
        Map<String, EpicTally> tallies = new LinkedHashMap<>();
        epics.forEach(epic -> tallies.putIfAbsent(epic.key(), new EpicTally(window)));
        Optional<CustomField> epicLink = epicLinkField();
        for (Issue issue : search.all(Jql.issuesOfEpics(tallies.keySet()))) {
            EpicTally tally = tallies.get(epicKeyOf(issue, epicLink));
            if (tally != null) {
                tally.count(isDone(issue), resolvedOn(issue));
            }
        }
        return epics.stream().map(epic -> tallies.get(epic.key()).toWork(epic)).toList();
    }

    @Override
    public Optional<Sprint> sprint(long sprintId) {
        Optional<Optional<Sprint>> fromJiraSoftware = sprints.sprint(sprintId);
        if (fromJiraSoftware.isPresent()) {
            return fromJiraSoftware.get();
        }
        String jql = Jql.sprint(sprintId);
        if (search.count(jql) == 0) {
            return Optional.empty();
        }
        String state;
        if (search.count(jql + " AND sprint in openSprints()") > 0) {
            state = "active";
        } else if (search.count(jql + " AND sprint in closedSprints()") > 0) {
            state = "closed";
        } else {
            state = "future";
        }
        // Without Jira Software's sprint service there is no name nor dates (see class comment).
        return Optional.of(new Sprint(sprintId, null, state, null, null));
    }

    @Override
    public List<SprintIssue> sprintIssues(long sprintId) {
        Optional<CustomField> epicLink = epicLinkField();
        return search.all(Jql.sprint(sprintId)).stream()
                .map(issue -> new SprintIssue(issue.getKey(), epicKeyOf(issue, epicLink), isDone(issue), resolvedOn(issue)))
                .toList();
    }

    private Map<String, List<IssueRef>> linksOf(Collection<String> keys, Function<Issue, List<IssueRef>> links) {
        Map<String, List<IssueRef>> byKey = new LinkedHashMap<>();
        for (String key : keys) {
            Issue issue = issueManager.getIssueByCurrentKey(key);
            if (issue != null) {
                List<IssueRef> found = links.apply(issue);
                if (!found.isEmpty()) {
                    byKey.put(key, found);
                }
            }
        }
        return byKey;
    }

    private static List<IssueRef> linked(List<IssueLink> links, String linkType, Function<IssueLink, Issue> otherEnd) {
        if (links == null) {
            return List.of();
        }
        return links.stream()
                .filter(link -> link.getIssueLinkType() != null && linkType.equalsIgnoreCase(link.getIssueLinkType().getName()))
                .map(otherEnd)
                .map(IssueRefs::of)
                .toList();
    }

    private Optional<CustomField> epicLinkField() {
        Collection<CustomField> fields = customFieldManager.getCustomFieldObjectsByName(EPIC_LINK_FIELD);
        return fields == null ? Optional.empty() : fields.stream().findFirst();
    }

    /** The Epic Link value is the epic issue in Jira Software Data Center; a key string is accepted too. */
    private static String epicKeyOf(Issue issue, Optional<CustomField> epicLink) {
        Object value = epicLink.map(issue::getCustomFieldValue).orElse(null);
        if (value instanceof Issue epic) {
            return epic.getKey();
        }
        return value == null ? null : value.toString();
    }

    private static boolean isDone(Issue issue) {
        return issue.getStatus() != null && issue.getStatus().getStatusCategory() != null
                && DONE_CATEGORY.equals(issue.getStatus().getStatusCategory().getKey());
    }

    /** Calendar date of the resolution timestamp in the server's time zone (Jira stores an instant). */
    private static LocalDate resolvedOn(Issue issue) {
        Timestamp resolved = issue.getResolutionDate();
        return resolved == null ? null : resolved.toLocalDateTime().toLocalDate();
    }

    /** Running count of one epic's issues while the search results stream by. */
    private static final class EpicTally {
        private int total;
        private int done;
        private final WeeklyCounts.Tally doneByWeek;
        private LocalDate firstDone;
        private LocalDate lastDone;

        EpicTally(OutputWindow window) {
            doneByWeek = window.tally();
        }

        void count(boolean isDone, LocalDate resolvedOn) {
            total++;
            if (isDone) {
                done++;
                doneByWeek.add(resolvedOn);
                if (resolvedOn != null) {
                    firstDone = firstDone == null || resolvedOn.isBefore(firstDone) ? resolvedOn : firstDone;
                    lastDone = lastDone == null || resolvedOn.isAfter(lastDone) ? resolvedOn : lastDone;
                }
            }
        }

        EpicWork toWork(IssueRef epic) {
            return new EpicWork(epic, total, done, doneByWeek.counts(), firstDone, lastDone);
        }
    }
}
