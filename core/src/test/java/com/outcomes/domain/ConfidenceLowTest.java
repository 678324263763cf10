package com.outcomes.domain;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;

import org.junit.Test;

public class ConfidenceLowTest {

    private static CheckIn withConfidence(int confidence) {
        return new CheckIn(1, "OUT-1", confidence, null, "alice", Instant.parse("2026-11-01T10:00:00Z"));
    }

    @Test
    public void firesAtThreeOrLess() {
        assertTrue(ConfidenceLow.fires(withConfidence(1)));
        assertTrue(ConfidenceLow.fires(withConfidence(3)));
    }

    @Test
    public void doesNotFireFromFourUp() {
        assertFalse(ConfidenceLow.fires(withConfidence(4)));
        assertFalse(ConfidenceLow.fires(withConfidence(10)));
    }

    @Test
    public void noCheckInIsNoSignal() {
        assertFalse(ConfidenceLow.fires(null));
    }
}
