package com.outcomes.view;

import static com.outcomes.view.Html.escape;

import java.util.List;

/**
 * The Outcome/Challenge issue panel ({@code templates/outcome-panel.vm}): the issue's metrics (leading
 * indicators apart), linked epics (one list, ranked by RICE), lint findings, the way up (an outcome's challenge) and down (a challenge's
 * outcomes), and for an outcome the dashboard's output story. String getters end in Html: escaped text.
 */
public final class IssuePanelView {

    private final String issueKey;
    private final String baseUrl;
    private final boolean outcome;
    private final List<MetricCard> metrics;
    private final List<MetricCard> indicators;
    private final List<RiceLine> epics;
    private final List<String> findings;
    private final String jsMessages;
    private final IssueLink challenge;
    private final List<IssueLink> outcomes;
    private final String projectKey;
    private final CheckInSection checkIns;
    private final LifecycleSection lifecycle;
    private final MetricForm defineForm;
    private final boolean canRankEpics;

    /**
     * @param outcome     true for an Outcome issue (epics section shown), false for a Challenge
     * @param epics       an outcome's epics in the service's RICE order (scored ones first, highest first)
     * @param findings    lint messages, already translated (raw: escaped here)
     * @param jsMessages  {@link I18n#jsMessagesJson()} for the panel script (raw: escaped here)
     */
    public IssuePanelView(String issueKey, String baseUrl, boolean outcome, List<MetricCard> metrics,
                          List<MetricCard> indicators, List<RiceLine> epics, List<String> findings, String jsMessages) {
        this(issueKey, baseUrl, outcome, metrics, indicators, epics, findings, jsMessages, null, List.of(), null);
    }

    /**
     * @param challenge  the challenge an outcome measures (the way up), or null
     * @param outcomes   a challenge's outcomes (the way down); empty for an outcome
     * @param projectKey the outcome's project, for the dashboard's output story shown on its page; null for a challenge
     */
    public IssuePanelView(String issueKey, String baseUrl, boolean outcome, List<MetricCard> metrics,
                          List<MetricCard> indicators, List<RiceLine> epics, List<String> findings, String jsMessages,
                          IssueLink challenge, List<IssueLink> outcomes, String projectKey) {
        this(issueKey, baseUrl, outcome, metrics, indicators, epics, findings, jsMessages, challenge, outcomes,
                projectKey, null, null);
    }

    /**
     * @param checkIns  an outcome's check-ins and the form to add one; null for a challenge
     * @param lifecycle an outcome's close/reopen part (DESIGN §3b); null for a challenge
     */
    public IssuePanelView(String issueKey, String baseUrl, boolean outcome, List<MetricCard> metrics,
                          List<MetricCard> indicators, List<RiceLine> epics, List<String> findings, String jsMessages,
                          IssueLink challenge, List<IssueLink> outcomes, String projectKey, CheckInSection checkIns,
                          LifecycleSection lifecycle) {
        this(issueKey, baseUrl, outcome, metrics, indicators, epics, findings, jsMessages, challenge, outcomes,
                projectKey, checkIns, lifecycle, null, false);
    }

    /**
     * @param defineForm the empty "define a metric" form for editors of an open issue; null for viewers
     * @param canRankEpics true for an editor: each epic gets its RICE form, folded behind a button
     */
    public IssuePanelView(String issueKey, String baseUrl, boolean outcome, List<MetricCard> metrics,
                          List<MetricCard> indicators, List<RiceLine> epics, List<String> findings, String jsMessages,
                          IssueLink challenge, List<IssueLink> outcomes, String projectKey, CheckInSection checkIns,
                          LifecycleSection lifecycle, MetricForm defineForm, boolean canRankEpics) {
        this.defineForm = defineForm;
        this.canRankEpics = canRankEpics;
        this.checkIns = checkIns;
        this.lifecycle = lifecycle;
        this.issueKey = escape(issueKey);
        this.baseUrl = escape(baseUrl);
        this.outcome = outcome;
        this.metrics = List.copyOf(metrics);
        this.indicators = List.copyOf(indicators);
        this.epics = List.copyOf(epics);
        this.findings = findings.stream().map(Html::escape).toList();
        this.jsMessages = escape(jsMessages);
        this.challenge = challenge;
        this.outcomes = List.copyOf(outcomes);
        this.projectKey = escape(projectKey);
    }

    public CheckInSection getCheckIns() {
        return checkIns;
    }

    public LifecycleSection getLifecycle() {
        return lifecycle;
    }

    public IssueLink getChallenge() {
        return challenge;
    }

    public List<IssueLink> getOutcomes() {
        return outcomes;
    }

    public boolean isHasOutcomes() {
        return !outcomes.isEmpty();
    }

    public String getProjectKeyHtml() {
        return projectKey;
    }

    public String getIssueKeyHtml() {
        return issueKey;
    }

    public String getBaseUrlHtml() {
        return baseUrl;
    }

    public boolean isOutcome() {
        return outcome;
    }

    public List<MetricCard> getMetrics() {
        return metrics;
    }

    public List<MetricCard> getIndicators() {
        return indicators;
    }

    public boolean isHasMetrics() {
        return !metrics.isEmpty() || !indicators.isEmpty();
    }

    public boolean isHasIndicators() {
        return !indicators.isEmpty();
    }

    public List<RiceLine> getEpics() {
        return epics;
    }

    public boolean isHasEpics() {
        return !epics.isEmpty();
    }

    public List<String> getFindingsHtml() {
        return findings;
    }

    public boolean isHasFindings() {
        return !findings.isEmpty();
    }

    public String getJsMessagesHtml() {
        return jsMessages;
    }

    /** The empty "define a metric" form for an editor, or null. */
    public MetricForm getDefineForm() {
        return defineForm;
    }

    /** True when the viewer may set the epics' RICE inputs (a form per epic, folded behind its button). */
    public boolean isCanRankEpics() {
        return canRankEpics;
    }
}
