package com.outcomes.service;

import java.util.List;

import com.outcomes.port.IssueRef;

/** A challenge with the OKR score rolled up from its outcomes' OUTCOME metrics. */
public record ChallengeGroup(IssueRef issue, Double okrScore, List<OutcomeRow> outcomes) {
}
