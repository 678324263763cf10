package com.outcomes.port;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Counts issues for computed metrics (DESIGN §3b): Jira through its {@code SearchService} as the metric's owner, the
 * preview through its JQL subset over the issues document or through a live Jira. One call is one count, never a search
 * per issue.
 */
public interface IssueCounter {

    /**
     * Why the host's JQL parser refuses {@code jql} for this user, in the parser's own words; empty when it is accepted.
     * Called when a computed metric is defined, so a typo is answered at once instead of by the job.
     */
    Optional<String> problemWith(String jql, String user);

    /**
     * The number of issues matching {@code jql} that {@code user} may browse; dates relative to "now" are resolved
     * against {@code asOf} where the host can (the preview's subset does; Jira resolves them against its own clock).
     *
     * @throws CountFailedException when the JQL is refused or the host cannot count now
     */
    long count(String jql, String user, LocalDate asOf);
}
