package com.outcomes.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The readings of one metric, immutable. Readings are append-only; a correction is a reading whose
 * {@code supersedes} names an earlier one, and a reading is superseded when any reading in the
 * history names it. Superseded readings stay in {@link #all()} (they are shown in the history) but
 * take no part in any computation.
 */
public final class ReadingHistory {

    /** measuredAt, then recordedAt, then id: the order the history is shown in and "latest" is taken from. */
    static final Comparator<ReadingPoint> CHRONOLOGICAL = Comparator
            .comparing(ReadingPoint::measuredAt, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(ReadingPoint::recordedAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
            .thenComparingLong(ReadingPoint::id);

    private static final ReadingHistory EMPTY = new ReadingHistory(List.of());

    private final List<ReadingPoint> all;
    private final Set<Long> supersededIds;
    private final List<ReadingPoint> effective;

    /** @param all the metric's readings in any order; the list is copied */
    public ReadingHistory(List<ReadingPoint> all) {
        this(all, supersededIn(all));
    }

    private ReadingHistory(Collection<ReadingPoint> readings, Set<Long> supersededIds) {
        List<ReadingPoint> sorted = new ArrayList<>(readings);
        sorted.sort(CHRONOLOGICAL);
        this.all = List.copyOf(sorted);
        this.supersededIds = Set.copyOf(supersededIds);
        this.effective = sorted.stream().filter(r -> !this.supersededIds.contains(r.id())).toList();
    }

    public static ReadingHistory empty() {
        return EMPTY;
    }

    private static Set<Long> supersededIn(Collection<ReadingPoint> readings) {
        Set<Long> ids = new HashSet<>();
        for (ReadingPoint r : readings) {
            if (r.supersedes() != null) {
                ids.add(r.supersedes());
            }
        }
        return ids;
    }

    /** Every reading, superseded ones included, oldest first by measuredAt, then recordedAt, then id. */
    public List<ReadingPoint> all() {
        return all;
    }

    /** The readings that count: not superseded, in the order of {@link #all()}. */
    public List<ReadingPoint> effective() {
        return effective;
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    public boolean isSuperseded(long readingId) {
        return supersededIds.contains(readingId);
    }

    /** The effective reading with the latest measuredAt (ties: latest recordedAt, then highest id). */
    public Optional<ReadingPoint> current() {
        return effective.isEmpty() ? Optional.empty() : Optional.of(effective.get(effective.size() - 1));
    }

    /** Like {@link #current()}, among the effective readings measured on or before {@code onOrBefore}. */
    public Optional<ReadingPoint> current(LocalDate onOrBefore) {
        for (int i = effective.size() - 1; i >= 0; i--) {
            ReadingPoint r = effective.get(i);
            if (!r.measuredAt().isAfter(onOrBefore)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    public Optional<ReadingPoint> find(long readingId) {
        return all.stream().filter(r -> r.id() == readingId).findFirst();
    }

    /**
     * The history as it stood for a computation as of {@code day}: only readings measured on or before
     * that day. Supersession is kept from the full history on purpose — a corrected value was wrong
     * whenever it is looked at, so a past view never resurrects it.
     */
    public ReadingHistory asOf(LocalDate day) {
        // all is ordered by measuredAt: the readings to keep are a prefix, usually the whole list
        int kept = all.size();
        while (kept > 0 && all.get(kept - 1).measuredAt().isAfter(day)) {
            kept--;
        }
        return kept == all.size() ? this : new ReadingHistory(all.subList(0, kept), supersededIds);
    }

    @Override
    public String toString() {
        return "ReadingHistory" + all;
    }
}
