package com.outcomes.service;

import java.util.List;

import com.outcomes.port.IssueRef;

/**
 * What the Epic panel shows: the outcomes the epic is meant to move that the user may see, each with its headline
 * metric. The answer of {@link EpicPanelService}.
 */
public record EpicPanel(String epicKey, List<MovedOutcome> outcomes) {

    public EpicPanel {
        outcomes = List.copyOf(outcomes);
    }

    /** An outcome with its first OUTCOME metric evaluated, or a null {@code headline} when it has none yet. */
    public record MovedOutcome(IssueRef outcome, MetricView headline) {
    }
}
