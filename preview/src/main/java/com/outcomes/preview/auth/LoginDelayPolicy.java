package com.outcomes.preview.auth;

import java.time.Duration;

/**
 * How long to hold back the answer to a failed login: nothing for the first {@code freeFailures} (typing errors),
 * then {@code firstDelay}, doubling with each further failure up to {@code maxDelay}. A count is forgotten
 * {@code forgetAfter} after its last failure, and at most {@code maxTracked} counts are kept. It slows guessing; it
 * never locks anyone out — the right password is always let in at once.
 */
public record LoginDelayPolicy(int freeFailures, Duration firstDelay, Duration maxDelay, Duration forgetAfter, int maxTracked) {

    /** 0 for 3 failures, then 250 ms, 500 ms, 1 s, 2 s, 4 s, 4 s, …; forgotten after 15 quiet minutes; 10,000 counts. */
    public static final LoginDelayPolicy DEFAULT = new LoginDelayPolicy(3, Duration.ofMillis(250), Duration.ofSeconds(4),
            Duration.ofMinutes(15), 10_000);

    public LoginDelayPolicy {
        if (freeFailures < 0 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0
                || forgetAfter.isNegative() || forgetAfter.isZero() || maxTracked < 1) {
            throw new IllegalArgumentException("a login delay policy needs 0 ≤ first ≤ max delay, a forget time and room to track");
        }
    }

    /** The delay after the {@code failures}-th failure in a row (1-based). */
    public Duration delayAfter(int failures) {
        int doublings = failures - freeFailures - 1;
        if (doublings < 0 || firstDelay.isZero()) {
            return Duration.ZERO;
        }
        Duration delay = firstDelay;
        for (int i = 0; i < doublings && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
