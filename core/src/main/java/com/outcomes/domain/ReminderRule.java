package com.outcomes.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Which reminder a metric calls for on a day, and which metrics a person should look at (DESIGN §3b). */
public final class ReminderRule {

    /** DUE is sent from this many days before the due date. */
    public static final int DUE_NOTICE_DAYS = 2;
    /** "My metrics" lists metrics due within this many days. */
    public static final int DUE_SOON_DAYS = 7;

    private ReminderRule() {
    }

    /**
     * STALE once the due date has passed; DUE from two days before it through the day itself, for a metric measured by
     * hand (a computed one is measured by the job on its due date); nothing without a due date.
     */
    public static Optional<ReminderKind> scheduled(boolean computed, LocalDate dueDate, LocalDate asOf) {
        if (dueDate == null) {
            return Optional.empty();
        }
        if (asOf.isAfter(dueDate)) {
            return Optional.of(ReminderKind.STALE);
        }
        if (!computed && !asOf.isBefore(dueDate.minusDays(DUE_NOTICE_DAYS))) {
            return Optional.of(ReminderKind.DUE);
        }
        return Optional.empty();
    }

    /** A computed metric is counted once its due date has come ({@code asOf ≥ dueDate}). */
    public static boolean computeDue(LocalDate dueDate, LocalDate asOf) {
        return dueDate != null && !asOf.isBefore(dueDate);
    }

    /** On "My metrics": due within {@value #DUE_SOON_DAYS} days, or stale. */
    public static boolean dueSoonOrStale(LocalDate dueDate, boolean stale, LocalDate asOf) {
        return stale || (dueDate != null && !dueDate.isAfter(asOf.plusDays(DUE_SOON_DAYS)));
    }

    /** Whole days past the due date; 0 when it has not passed or there is none. */
    public static int daysOverdue(LocalDate dueDate, LocalDate asOf) {
        if (dueDate == null || !asOf.isAfter(dueDate)) {
            return 0;
        }
        return Math.toIntExact(ChronoUnit.DAYS.between(dueDate, asOf));
    }
}
