package com.outcomes.bench;

import java.util.List;
import java.util.Optional;

/**
 * How the dashboard's median grows from the smallest portfolio of the curve to a larger one, against how the portfolio
 * grows: linear or better when the median grows by no more than the number of outcomes (200 / 25 = 8×, 1,000 / 25 =
 * 40×). Both medians come from the same run of the growth curve, timed in turn, so the ratio compares like with like.
 */
public record GrowthRatio(int fromOutcomes, int toOutcomes, double fromMedian, double toMedian) {

    /**
     * @return the ratio from the curve's first (smallest) point to the point of {@code toOutcomes} outcomes, or empty
     *         when the curve has no such point or it is the first
     */
    public static Optional<GrowthRatio> of(List<DatabaseResults.GrowthPoint> curve, int toOutcomes) {
        if (curve.isEmpty()) {
            return Optional.empty();
        }
        DatabaseResults.GrowthPoint from = curve.get(0);
        return curve.stream().skip(1).filter(p -> p.outcomes() == toOutcomes).findFirst()
                .map(to -> new GrowthRatio(from.outcomes(), to.outcomes(), from.latency().median(), to.latency().median()));
    }

    /** How many times slower the larger portfolio's dashboard is. */
    public double ratio() {
        return toMedian / fromMedian;
    }

    /** How many times larger the portfolio is: the most {@link #ratio()} may be for linear growth. */
    public double limit() {
        return (double) toOutcomes / fromOutcomes;
    }

    public boolean linearOrBetter() {
        return ratio() <= limit();
    }
}
