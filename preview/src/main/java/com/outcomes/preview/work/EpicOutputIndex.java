package com.outcomes.preview.work;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import com.outcomes.domain.OutputWindow;
import com.outcomes.domain.WeeklyCounts;

/**
 * An epic's output indexed once when the document is read: its issue count, its done count and the resolution
 * days of its done issues in order. A window is then counted from two binary searches and the days inside it,
 * the way Jira answers a resolution-date range from its search index instead of reading every issue.
 */
final class EpicOutputIndex {

    static final EpicOutputIndex NONE = new EpicOutputIndex(0, 0, new LocalDate[0]);

    private final int total;
    private final int done;
    private final LocalDate[] resolvedDays;

    private EpicOutputIndex(int total, int done, LocalDate[] resolvedDays) {
        this.total = total;
        this.done = done;
        this.resolvedDays = resolvedDays;
    }

    static EpicOutputIndex of(List<DocumentIssue> issues) {
        int done = 0;
        LocalDate[] days = new LocalDate[issues.size()];
        int dated = 0;
        for (DocumentIssue issue : issues) {
            if (issue.done()) {
                done++;
                if (issue.resolvedOn() != null) {
                    days[dated++] = issue.resolvedOn();
                }
            }
        }
        LocalDate[] sorted = Arrays.copyOf(days, dated);
        Arrays.sort(sorted);
        return new EpicOutputIndex(issues.size(), done, sorted);
    }

    int total() {
        return total;
    }

    int done() {
        return done;
    }

    /** Resolution day of the first done issue, null when none is dated. */
    LocalDate firstDone() {
        return resolvedDays.length == 0 ? null : resolvedDays[0];
    }

    /** Resolution day of the last done issue, null when none is dated. */
    LocalDate lastDone() {
        return resolvedDays.length == 0 ? null : resolvedDays[resolvedDays.length - 1];
    }

    /** Done issues per week of the window, by resolution day. */
    WeeklyCounts doneIn(OutputWindow window) {
        WeeklyCounts.Tally tally = window.tally();
        for (int i = firstOnOrAfter(window.start()); i < resolvedDays.length && !resolvedDays[i].isAfter(window.end()); i++) {
            tally.add(resolvedDays[i]);
        }
        return tally.counts();
    }

    /** Index of the first day not before {@code day}: the first of equal days, so none of them is skipped. */
    private int firstOnOrAfter(LocalDate day) {
        int low = 0;
        int high = resolvedDays.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (resolvedDays[middle].isBefore(day)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
