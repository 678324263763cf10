package com.outcomes.domain;

import java.time.LocalDate;
import java.util.Arrays;

/** How many issues were done in each week of an {@link OutputWindow}, oldest week first. Immutable. */
public final class WeeklyCounts {

    private final int[] counts;

    private WeeklyCounts(int[] counts) {
        this.counts = counts;
    }

    public static WeeklyCounts zeros(int weeks) {
        return new WeeklyCounts(new int[weeks]);
    }

    public static WeeklyCounts of(int... counts) {
        return new WeeklyCounts(counts.clone());
    }

    public int weeks() {
        return counts.length;
    }

    /** Done in week {@code week} (0 = the window's first week). */
    public int get(int week) {
        return counts[week];
    }

    public int total() {
        return Arrays.stream(counts).sum();
    }

    /** Week-by-week sum; both must cover the same number of weeks. */
    public WeeklyCounts plus(WeeklyCounts other) {
        if (other.counts.length != counts.length) {
            throw new IllegalArgumentException("cannot add " + other.counts.length + " weeks to " + counts.length);
        }
        int[] sum = counts.clone();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += other.counts[i];
        }
        return new WeeklyCounts(sum);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WeeklyCounts other && Arrays.equals(counts, other.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "WeeklyCounts" + Arrays.toString(counts);
    }

    /**
     * Counts done days into the weeks of one window while a host walks its issues once. Not thread-safe:
     * one tally per walk.
     */
    public static final class Tally {

        private final OutputWindow window;
        private final int[] counts;

        Tally(OutputWindow window) {
            this.window = window;
            this.counts = new int[window.weeks()];
        }

        /** Counts the day in its week; days outside the window (or unknown, null) are ignored. */
        public void add(LocalDate doneOn) {
            int week = window.weekOf(doneOn);
            if (week >= 0) {
                counts[week]++;
            }
        }

        public WeeklyCounts counts() {
            return new WeeklyCounts(counts.clone());
        }
    }
}
