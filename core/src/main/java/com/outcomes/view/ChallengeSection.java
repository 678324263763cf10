package com.outcomes.view;

import static com.outcomes.view.Html.escape;

import java.util.List;

/**
 * A challenge on the dashboard: its OKR score, its own metrics (KPIs) and its outcomes' rows. String getters end in
 * Html: escaped text.
 */
public final class ChallengeSection {

    private final IssueLink issue;
    private final String okrScore;
    private final List<MetricCard> kpis;
    private final List<OutcomeSection> outcomes;

    /** @param okrScore "0.70", or "–" when no outcome metric has progress (raw: escaped here) */
    public ChallengeSection(IssueLink issue, String okrScore, List<MetricCard> kpis, List<OutcomeSection> outcomes) {
        this.issue = issue;
        this.okrScore = escape(okrScore);
        this.kpis = List.copyOf(kpis);
        this.outcomes = List.copyOf(outcomes);
    }

    public IssueLink getIssue() {
        return issue;
    }

    public String getOkrScoreHtml() {
        return okrScore;
    }

    public List<MetricCard> getKpis() {
        return kpis;
    }

    public boolean isHasKpis() {
        return !kpis.isEmpty();
    }

    public List<OutcomeSection> getOutcomes() {
        return outcomes;
    }

    public boolean isHasOutcomes() {
        return !outcomes.isEmpty();
    }
}
