package com.outcomes.port;

import java.time.LocalDate;

import com.outcomes.domain.WeeklyCounts;

/**
 * Output of one epic: how many of its issues exist, how many are done (status category Done), and how many
 * of the done ones were resolved in each week of the window asked for (resolution day as a calendar date;
 * done issues without a resolution date count as done but in no week). {@code firstDone} and {@code lastDone} are
 * the earliest and latest resolution days of its done issues (null when none has one): the window in which the
 * RICE calibration looks at the outcome (DESIGN §3b), read in the same search.
 */
public record EpicWork(IssueRef epic, int total, int done, WeeklyCounts doneByWeek, LocalDate firstDone,
                       LocalDate lastDone) {

    /** Done in the sense of §3b: it has issues and all of them are done. */
    public boolean finished() {
        return total > 0 && done == total;
    }
}
