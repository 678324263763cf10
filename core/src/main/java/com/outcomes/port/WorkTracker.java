package com.outcomes.port;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.outcomes.domain.OutputWindow;

/**
 * The work a host (Jira, or the preview's issues document) knows about: issues, the links of
 * DESIGN §4 and the output of epics. Every call is one round trip to the host whatever the size of
 * its arguments — callers rely on that for constant query counts per request. Implementations
 * running inside Jira search as the current user, so Jira's issue security applies.
 */
public interface WorkTracker {

    /** The issue with this key, if it exists. */
    Optional<IssueRef> issue(String key);

    /**
     * Whether the host knows a project with this key, so a mistyped {@code ?project=} is answered "unknown" instead of
     * an empty dashboard. Hosts that cannot tell answer true (the dashboard then shows what it finds).
     */
    default boolean hasProject(String projectKey) {
        return true;
    }

    /** Challenges and outcomes of a project with their "Success measure" links. */
    Portfolio portfolio(String projectKey);

    /** For each given outcome, the epics linked to it by the "Outcome" link type (epic moves outcome). Missing key = no epics. */
    Map<String, List<IssueRef>> epicsOf(Collection<String> outcomeKeys);

    /** For each given epic, the outcomes it is meant to move ("Outcome" links, epic side). Missing key = none. */
    Map<String, List<IssueRef>> outcomesMovedBy(Collection<String> epicKeys);

    /** The challenge an outcome measures, if linked by "Success measure". */
    Optional<IssueRef> challengeOf(String outcomeKey);

    /** The outcomes measuring a challenge ("Success measure" links, challenge side). */
    List<IssueRef> outcomesOf(String challengeKey);

    /**
     * Output of the given epics, fetched in one batched search (never one per epic), with the done issues
     * counted per week of {@code window}. Order follows the argument.
     */
    List<EpicWork> epicWork(Collection<IssueRef> epics, OutputWindow window);

    /** The sprint with this id, if it exists. */
    Optional<Sprint> sprint(long sprintId);

    /** The issues of a sprint with their epics, one search. */
    List<SprintIssue> sprintIssues(long sprintId);
}
