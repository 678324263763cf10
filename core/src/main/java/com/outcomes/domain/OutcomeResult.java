package com.outcomes.domain;

/** How an outcome ended (DESIGN §3b "Lifecycle"); stored by name. */
public enum OutcomeResult {
    ACHIEVED, MISSED, ABANDONED;

    /** A missed or abandoned outcome must say what was learned: that is the point of closing it. */
    public boolean needsLearning() {
        return this != ACHIEVED;
    }
}
