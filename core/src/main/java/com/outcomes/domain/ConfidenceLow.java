package com.outcomes.domain;

/** The CONFIDENCE_LOW rule (DESIGN §3b): the latest check-in says 3 or less out of 10. */
public final class ConfidenceLow {

    /** The highest confidence that still counts as low. */
    public static final int THRESHOLD = 3;

    private ConfidenceLow() {
    }

    /** @param latest the outcome's latest check-in, or null when it has none (no check-in is no signal) */
    public static boolean fires(CheckIn latest) {
        return latest != null && latest.confidence() <= THRESHOLD;
    }
}
