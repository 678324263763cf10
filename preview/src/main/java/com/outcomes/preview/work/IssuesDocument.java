package com.outcomes.preview.work;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.outcomes.port.IssueRef;
import com.outcomes.port.Sprint;
import com.outcomes.preview.jql.SearchableIssue;

/**
 * The work data of the preview, indexed once when it is read so that every question the services
 * ask is answered in time proportional to the answer (maps by key, by epic, by project, by sprint).
 * Immutable: built by {@link IssuesDocumentParser}, shared by all requests without locking.
 */
public final class IssuesDocument {

    private final List<DocumentIssue> issues;
    private final Map<String, DocumentIssue> byKey;
    private final Set<String> projectKeys;
    private final Map<String, EpicOutputIndex> outputByEpic;
    private final Map<String, List<IssueRef>> challengesByProject;
    private final Map<String, List<IssueRef>> outcomesByProject;
    private final Map<String, List<IssueRef>> epicsByOutcome;
    private final Map<String, List<IssueRef>> outcomesByEpic;
    private final Map<String, IssueRef> challengeByOutcome;
    private final Map<String, List<IssueRef>> outcomesByChallenge;
    private final Map<Long, Sprint> sprints;
    private final Map<Long, List<DocumentIssue>> issuesBySprint;
    private final List<String> warnings;
    private final List<SearchableIssue> searchable;

    /**
     * @param issues        every issue, in document order
     * @param byKey         the same issues by key (taken over, not copied: a million entries are not built twice)
     * @param outcomeLinks  epic key → outcome key pairs ("Outcome" links), both ends present in {@code issues}
     * @param measureLinks  outcome key → challenge key pairs ("Success measure" links), both ends present
     * @param sprints       every sprint named by an issue
     * @param warnings      what was read but is incomplete, one line each (already logged)
     */
    IssuesDocument(List<DocumentIssue> issues, Map<String, DocumentIssue> byKey, Set<Map.Entry<String, String>> outcomeLinks,
                   Set<Map.Entry<String, String>> measureLinks, Map<Long, Sprint> sprints, List<String> warnings) {
        Map<String, DocumentIssue> keys = byKey;
        Set<String> projects = new LinkedHashSet<>();
        Map<String, List<DocumentIssue>> byEpic = new LinkedHashMap<>();
        Map<String, List<IssueRef>> challenges = new LinkedHashMap<>();
        Map<String, List<IssueRef>> outcomes = new LinkedHashMap<>();
        Map<Long, List<DocumentIssue>> bySprint = new LinkedHashMap<>();
        for (DocumentIssue issue : issues) {
            projects.add(issue.projectKey());
            if (issue.epicKey() != null) {
                byEpic.computeIfAbsent(issue.epicKey(), k -> new ArrayList<>()).add(issue);
            }
            if (issue.isOfType(IssueRef.CHALLENGE)) {
                challenges.computeIfAbsent(issue.projectKey(), k -> new ArrayList<>()).add(issue.ref());
            } else if (issue.isOfType(IssueRef.OUTCOME)) {
                outcomes.computeIfAbsent(issue.projectKey(), k -> new ArrayList<>()).add(issue.ref());
            }
            for (Long sprintId : issue.sprintIds().size() < 2 ? issue.sprintIds() : new LinkedHashSet<>(issue.sprintIds())) {
                bySprint.computeIfAbsent(sprintId, k -> new ArrayList<>()).add(issue);
            }
        }
        Map<String, List<IssueRef>> epicsOfOutcome = new LinkedHashMap<>();
        Map<String, List<IssueRef>> outcomesOfEpic = new LinkedHashMap<>();
        for (Map.Entry<String, String> link : outcomeLinks) {
            IssueRef epic = keys.get(link.getKey()).ref();
            IssueRef outcome = keys.get(link.getValue()).ref();
            epicsOfOutcome.computeIfAbsent(outcome.key(), k -> new ArrayList<>()).add(epic);
            outcomesOfEpic.computeIfAbsent(epic.key(), k -> new ArrayList<>()).add(outcome);
        }
        Map<String, IssueRef> challengeOfOutcome = new LinkedHashMap<>();
        Map<String, List<IssueRef>> outcomesOfChallenge = new LinkedHashMap<>();
        for (Map.Entry<String, String> link : measureLinks) {
            IssueRef outcome = keys.get(link.getKey()).ref();
            IssueRef challenge = keys.get(link.getValue()).ref();
            // An outcome measures one challenge; a second link is kept out of the map, first one wins.
            if (challengeOfOutcome.putIfAbsent(outcome.key(), challenge) == null) {
                outcomesOfChallenge.computeIfAbsent(challenge.key(), k -> new ArrayList<>()).add(outcome);
            }
        }
        this.issues = List.copyOf(issues);
        this.byKey = Collections.unmodifiableMap(keys);
        this.projectKeys = Collections.unmodifiableSet(projects);
        Map<String, EpicOutputIndex> output = new LinkedHashMap<>();
        byEpic.forEach((epic, epicIssues) -> output.put(epic, EpicOutputIndex.of(epicIssues)));
        this.outputByEpic = Collections.unmodifiableMap(output);
        this.challengesByProject = frozen(challenges);
        this.outcomesByProject = frozen(outcomes);
        this.epicsByOutcome = frozen(epicsOfOutcome);
        this.outcomesByEpic = frozen(outcomesOfEpic);
        this.challengeByOutcome = Collections.unmodifiableMap(challengeOfOutcome);
        this.outcomesByChallenge = frozen(outcomesOfChallenge);
        this.sprints = Collections.unmodifiableMap(new LinkedHashMap<>(sprints));
        this.issuesBySprint = frozen(bySprint);
        this.warnings = List.copyOf(warnings);
        this.searchable = this.issues.stream().map(DocumentIssue::searchable).toList();
    }

    /** Every issue as the JQL subset reads it, in document order. */
    public List<SearchableIssue> searchableIssues() {
        return searchable;
    }

    private static <K, V> Map<K, List<V>> frozen(Map<K, List<V>> map) {
        Map<K, List<V>> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(copy);
    }

    public int size() {
        return byKey.size();
    }

    /** What the data lacks, one line each: a partial page, undated done issues, links out of the data, fields not found. */
    public List<String> warnings() {
        return warnings;
    }

    public Optional<IssueRef> issue(String key) {
        DocumentIssue issue = key == null ? null : byKey.get(key);
        return issue == null ? Optional.empty() : Optional.of(issue.ref());
    }

    /** Project keys in document order. */
    public Set<String> projectKeys() {
        return projectKeys;
    }

    /** Issue keys of each project, projects and issues in document order. */
    public Map<String, List<String>> issueKeysByProject() {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        issues.forEach(i -> keys.computeIfAbsent(i.projectKey(), k -> new ArrayList<>()).add(i.key()));
        return frozen(keys);
    }

    Optional<DocumentIssue> documentIssue(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    EpicOutputIndex outputOfEpic(String epicKey) {
        return outputByEpic.getOrDefault(epicKey, EpicOutputIndex.NONE);
    }

    List<IssueRef> challengesOf(String projectKey) {
        return challengesByProject.getOrDefault(projectKey, List.of());
    }

    List<IssueRef> outcomesOfProject(String projectKey) {
        return outcomesByProject.getOrDefault(projectKey, List.of());
    }

    List<IssueRef> epicsOfOutcome(String outcomeKey) {
        return epicsByOutcome.getOrDefault(outcomeKey, List.of());
    }

    List<IssueRef> outcomesOfEpic(String epicKey) {
        return outcomesByEpic.getOrDefault(epicKey, List.of());
    }

    Optional<IssueRef> challengeOfOutcome(String outcomeKey) {
        return Optional.ofNullable(challengeByOutcome.get(outcomeKey));
    }

    List<IssueRef> outcomesOfChallenge(String challengeKey) {
        return outcomesByChallenge.getOrDefault(challengeKey, List.of());
    }

    Optional<Sprint> sprint(long id) {
        return Optional.ofNullable(sprints.get(id));
    }

    public Collection<Sprint> sprints() {
        return sprints.values();
    }

    List<DocumentIssue> issuesOfSprint(long sprintId) {
        return issuesBySprint.getOrDefault(sprintId, List.of());
    }
}
