package com.outcomes.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's output window (DESIGN §5): {@code weeks} calendar weeks, Monday to Sunday, from the
 * Monday {@code weeks − 1} weeks before the Monday of {@code asOf}'s week through {@code asOf} inclusive.
 */
public record OutputWindow(LocalDate start, LocalDate end, int weeks) {

    public static final int MIN_WEEKS = 1;
    public static final int MAX_WEEKS = 104;

    public static OutputWindow ending(LocalDate asOf, int weeks) {
        if (weeks < MIN_WEEKS || weeks > MAX_WEEKS) {
            throw new ValidationException(new FieldError("weeks", "outcomes.error.range", MIN_WEEKS, MAX_WEEKS));
        }
        LocalDate monday = asOf.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new OutputWindow(monday.minusWeeks(weeks - 1L), asOf, weeks);
    }

    /** Mondays of every week in the window, oldest first. */
    public List<LocalDate> weekStarts() {
        List<LocalDate> mondays = new ArrayList<>(weeks);
        for (int i = 0; i < weeks; i++) {
            mondays.add(start.plusWeeks(i));
        }
        return mondays;
    }

    /** The week of the window the day falls in (0 = the first), or −1 when it is outside the window or null. */
    public int weekOf(LocalDate day) {
        if (day == null || day.isAfter(end)) {
            return -1;
        }
        // epoch days, not ChronoUnit: hosts call this once per done issue of every epic on the dashboard
        long daysIn = day.toEpochDay() - start.toEpochDay();
        return daysIn < 0 ? -1 : (int) (daysIn / 7);
    }

    /** A fresh count of done days per week of this window. */
    public WeeklyCounts.Tally tally() {
        return new WeeklyCounts.Tally(this);
    }
}
