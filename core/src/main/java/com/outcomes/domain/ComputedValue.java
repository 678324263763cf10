package com.outcomes.domain;

import java.util.OptionalDouble;

/** The value of a computed metric from its counts (DESIGN §3b). */
public final class ComputedValue {

    private ComputedValue() {
    }

    /**
     * {@code scale × count / per}, or {@code scale × count} when the metric has no {@code per}; empty when
     * {@code per} counted nothing (a ratio over no issues has no value, and recording 0 would be a lie).
     *
     * @param perCount null when the metric has no {@code per}
     */
    public static OptionalDouble of(ComputedBy computed, long count, Long perCount) {
        if (perCount == null) {
            return OptionalDouble.of(computed.scale() * count);
        }
        if (perCount == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(computed.scale() * count / perCount);
    }
}
