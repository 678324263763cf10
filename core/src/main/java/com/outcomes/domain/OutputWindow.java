package com.outcomes.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
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

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(start) && !day.isAfter(end);
    }

    /** Mondays of every week in the window, oldest first. */
    public List<LocalDate> weekStarts() {
        List<LocalDate> mondays = new ArrayList<>(weeks);
        for (int i = 0; i < weeks; i++) {
            mondays.add(start.plusWeeks(i));
        }
        return mondays;
    }

    /** Done issues per week, every week present, zeros included; days outside the window are ignored. */
    public int[] countByWeek(Collection<LocalDate> days) {
        int[] counts = new int[weeks];
        for (LocalDate day : days) {
            if (contains(day)) {
                counts[(int) (java.time.temporal.ChronoUnit.DAYS.between(start, day) / 7)]++;
            }
        }
        return counts;
    }

    public int countIn(Collection<LocalDate> days) {
        int n = 0;
        for (LocalDate day : days) {
            if (contains(day)) {
                n++;
            }
        }
        return n;
    }
}
