package com.outcomes.domain;

/**
 * How a computed metric's value is counted (DESIGN §3b): {@code scale × count(jql) / count(per)}, or
 * {@code scale × count(jql)} without {@code per}. Counted by the host as the metric's owner.
 */
public record ComputedBy(String jql, String per, double scale) {

    /** The {@code source} of every reading a computation records (DESIGN §3b). */
    public static final String READING_SOURCE = "jql";

    /** {@code per} absent: a plain count. */
    public ComputedBy(String jql) {
        this(jql, null, 1);
    }
}
