package com.outcomes.view;

import static com.outcomes.view.Html.escape;

import java.util.List;

/**
 * The "Outcomes vs Output" gadget's content ({@code templates/dashboard.vm}), rendered on the server and inserted by
 * the gadget script: the window it covers, the challenges with their outcomes, the outcomes without a challenge — or,
 * on an outcome's own page, that outcome's row alone. String getters end in Html: escaped text.
 */
public final class DashboardFragment {

    private final String windowText;
    private final boolean single;
    private final List<ChallengeSection> challenges;
    private final List<OutcomeSection> unassigned;

    /**
     * @param windowText "The last 12 weeks: 31 Aug 2026 to 20 Nov 2026. …" (raw: escaped here)
     * @param single     true on an outcome's page: no header, {@code unassigned} holds that outcome's row (or nothing)
     */
    public DashboardFragment(String windowText, boolean single, List<ChallengeSection> challenges,
                             List<OutcomeSection> unassigned) {
        this.windowText = escape(windowText);
        this.single = single;
        this.challenges = List.copyOf(challenges);
        this.unassigned = List.copyOf(unassigned);
    }

    public String getWindowTextHtml() {
        return windowText;
    }

    public boolean isSingle() {
        return single;
    }

    public List<ChallengeSection> getChallenges() {
        return challenges;
    }

    public List<OutcomeSection> getUnassigned() {
        return unassigned;
    }

    public boolean isHasUnassigned() {
        return !unassigned.isEmpty();
    }

    public boolean isEmpty() {
        return challenges.isEmpty() && unassigned.isEmpty();
    }
}
