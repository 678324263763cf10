package com.outcomes.service;

import java.util.List;

import com.outcomes.port.Sprint;

/** Outcomes touched by a sprint's finished work, and how they moved between its start and end. */
public record SprintReview(Sprint sprint, int doneInSprint, int doneOutsideOutcomes, List<Entry> outcomes) {

    /**
     * One outcome: the sprint's output in its epics next to the movement of its metrics, and the check-ins made during
     * the sprint, newest first.
     */
    public record Entry(com.outcomes.port.IssueRef outcome, List<EpicDone> epics, int done,
                        List<Movement> movements, Message sentence, List<com.outcomes.domain.CheckIn> checkins) {

        public Entry {
            checkins = checkins == null ? List.of() : List.copyOf(checkins);
        }

        /** An outcome nobody checked in on during the sprint. */
        public Entry(com.outcomes.port.IssueRef outcome, List<EpicDone> epics, int done, List<Movement> movements,
                     Message sentence) {
            this(outcome, epics, done, movements, sentence, List.of());
        }
    }

    /** Issues of one epic finished in the sprint. */
    public record EpicDone(String epicKey, int done) {
    }

    /** A metric's value at the sprint's start and end, and its status at the end. */
    public record Movement(com.outcomes.domain.Metric metric, Double startValue, Double endValue,
                           com.outcomes.domain.Status status, boolean stale) {
    }
}
