package com.outcomes.view;

import static com.outcomes.view.Html.escape;

/**
 * Who keeps a metric current and how, on its card on the panel ({@code templates/metric-upkeep.vm}, DESIGN §3b): its
 * owner, the JQL a computed metric is counted from (with {@code per} and the scale), why its last computation
 * recorded nothing and when, and for an editor whether "Compute now" is offered. The due date is the card's cadence
 * line. String getters end in Html and return escaped text; null means "nothing to show".
 */
public final class MetricUpkeep {

    private final String ownerText;
    private final String jql;
    private final String per;
    private final String scaleText;
    private final String computeErrorTitle;
    private final String computeErrorMessage;
    private final boolean canCompute;

    /**
     * @param ownerText           "Owner: alice", or null for a metric without owner
     * @param jql                 the query a computed metric counts, or null when it is measured by hand
     * @param per                 the query it is divided by, or null
     * @param scaleText           "multiplied by 100" when the scale is not 1, else null
     * @param computeErrorTitle   "The last computation, on 20 Nov 2026 09:00, recorded nothing", or null
     * @param computeErrorMessage why (the host's words), or null
     * @param canCompute          an editor may compute it now (computed, outcome open)
     */
    public MetricUpkeep(String ownerText, String jql, String per, String scaleText, String computeErrorTitle,
                        String computeErrorMessage, boolean canCompute) {
        this.ownerText = escape(ownerText);
        this.jql = escape(jql);
        this.per = escape(per);
        this.scaleText = escape(scaleText);
        this.computeErrorTitle = escape(computeErrorTitle);
        this.computeErrorMessage = escape(computeErrorMessage);
        this.canCompute = canCompute;
    }

    public String getOwnerTextHtml() {
        return ownerText;
    }

    /** True for a computed metric: its query is shown (and editors may compute it now). */
    public boolean isComputed() {
        return jql != null;
    }

    public String getJqlHtml() {
        return jql;
    }

    public String getPerHtml() {
        return per;
    }

    public String getScaleTextHtml() {
        return scaleText;
    }

    public String getComputeErrorTitleHtml() {
        return computeErrorTitle;
    }

    public String getComputeErrorMessageHtml() {
        return computeErrorMessage;
    }

    public boolean isCanCompute() {
        return canCompute;
    }
}
