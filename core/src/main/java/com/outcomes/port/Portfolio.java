package com.outcomes.port;

import java.util.List;
import java.util.Map;

/**
 * The Challenge and Outcome issues of a project and the "Success measure" links between them.
 * {@code challengeOfOutcome} maps an outcome key to the challenge it measures; outcomes absent
 * from the map measure no challenge.
 */
public record Portfolio(List<IssueRef> challenges, List<IssueRef> outcomes, Map<String, String> challengeOfOutcome) {

    public Portfolio {
        challenges = List.copyOf(challenges);
        outcomes = List.copyOf(outcomes);
        challengeOfOutcome = Map.copyOf(challengeOfOutcome);
    }
}
