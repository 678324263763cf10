package com.outcomes.domain;

/** RICE inputs for an epic against an outcome; {@link #score()} = reach × impact × confidence / effort. */
public record RiceScore(double reach, double impact, double confidence, double effort) {

    public double score() {
        return reach * impact * confidence / effort;
    }
}
