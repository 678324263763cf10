package com.outcomes.port;

import com.outcomes.domain.WeeklyCounts;

/**
 * Output of one epic: how many of its issues exist, how many are done (status category Done), and how many
 * of the done ones were resolved in each week of the window asked for (resolution day as a calendar date;
 * done issues without a resolution date count as done but in no week).
 */
public record EpicWork(IssueRef epic, int total, int done, WeeklyCounts doneByWeek) {
}
