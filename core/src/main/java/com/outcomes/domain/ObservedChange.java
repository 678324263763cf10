package com.outcomes.domain;

import java.time.LocalDate;

/**
 * What an outcome's number did while an epic shipped (DESIGN §3b "RICE calibration"): the change in the outcome's
 * OUTCOME-metric progress from the day before the epic's first done issue ({@code from}) to 28 days after its last
 * ({@code to}, or asOf if earlier). It is movement <em>while</em> the epic shipped, shared with all other work — not
 * an effect attributed to the epic.
 */
public record ObservedChange(LocalDate from, LocalDate to, double progressChange) {

    /** Days after the last done issue the effect is still looked for. */
    public static final int SETTLE_DAYS = 28;

    /**
     * The observed change for a done epic, or null when there is nothing honest to say: no progress (no span), no
     * done dates, the window not yet begun as of {@code asOf}, or no effective reading on or before either end.
     *
     * @param firstDone the resolution day of the epic's first done issue
     * @param lastDone  the resolution day of its last done issue
     */
    public static ObservedChange of(MetricDefinition outcomeMetric, ReadingHistory history, LocalDate firstDone,
                                    LocalDate lastDone, LocalDate asOf) {
        if (outcomeMetric == null || firstDone == null || lastDone == null || lastDone.isBefore(firstDone)) {
            return null;
        }
        LocalDate from = firstDone.minusDays(1);
        LocalDate settled = lastDone.plusDays(SETTLE_DAYS);
        LocalDate to = settled.isAfter(asOf) ? asOf : settled;
        if (to.isBefore(from)) {
            return null;
        }
        Double before = Progress.on(outcomeMetric, history, from);
        Double after = Progress.on(outcomeMetric, history, to);
        if (before == null || after == null) {
            return null;
        }
        return new ObservedChange(from, to, after - before);
    }
}
