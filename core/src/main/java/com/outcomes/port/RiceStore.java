package com.outcomes.port;

import java.util.Collection;
import java.util.Map;

import com.outcomes.domain.RiceScore;

/**
 * Where the RICE inputs of epics are kept, per (outcome, epic).
 * Every method throws {@link PersistenceException} when the database fails.
 */
public interface RiceStore {

    /** Sets the RICE inputs of the epic against the outcome, replacing earlier ones. */
    void put(String outcomeKey, String epicKey, RiceScore rice);

    /** Epic key to RICE inputs, for every epic rated against the outcome, in the order they were first rated. */
    Map<String, RiceScore> forOutcome(String outcomeKey);

    /**
     * Like {@link #forOutcome} for many outcomes at once, in a constant number of statements (pages over a whole
     * project). Outcome key to (epic key to RICE inputs); outcomes without any rating are absent.
     */
    Map<String, Map<String, RiceScore>> forOutcomes(Collection<String> outcomeKeys);
}
