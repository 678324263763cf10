package com.outcomes.service;

import java.util.List;

import com.outcomes.port.IssueRef;

/**
 * A challenge with the OKR score rolled up from its outcomes' OUTCOME metrics, and its own metrics (the KPI the
 * executive reads first: "Renewable energy revenue 16.1 M€, at risk").
 */
public record ChallengeGroup(IssueRef issue, Double okrScore, List<OutcomeRow> outcomes, List<MetricView> metrics) {
}
