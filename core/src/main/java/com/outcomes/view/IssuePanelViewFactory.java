package com.outcomes.view;

import com.outcomes.domain.Closure;
import com.outcomes.domain.OutcomeResult;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.outcomes.domain.IssueKeys;
import com.outcomes.domain.LintFinding;
import com.outcomes.domain.Metric;
import com.outcomes.domain.MetricKind;
import com.outcomes.domain.RiceScore;
import com.outcomes.domain.RiceValidator;
import com.outcomes.port.IssueRef;
import com.outcomes.service.EpicRanking;
import com.outcomes.service.IssuePanel;
import com.outcomes.service.NumberText;

/**
 * Shapes the Outcome/Challenge panel's answer ({@link IssuePanel}, from {@code IssuePanelService}) into what the
 * template prints, in the viewer's language. Decides nothing about permissions: what the answer holds may be shown.
 */
public final class IssuePanelViewFactory {

    /** The words of RICE's impact scale, in the order of {@link RiceValidator#IMPACTS}: 0.25 minimal … 3 massive. */
    private static final List<String> IMPACT_NAMES = List.of("minimal", "low", "medium", "high", "massive");

    private final I18n i18n;
    private final MetricCardFactory cards;
    private final CheckInViews checkIns;
    private final CalibrationViewFactory calibration;
    private final MetricFormFactory forms;

    /** @param zone the time zone readings' recording moments are shown in */
    private final Formats formats;

    public IssuePanelViewFactory(I18n i18n, ZoneId zone) {
        this.i18n = i18n;
        this.formats = new Formats(i18n, zone);
        this.cards = new MetricCardFactory(formats);
        this.checkIns = new CheckInViews(formats);
        this.calibration = new CalibrationViewFactory(i18n, zone);
        this.forms = new MetricFormFactory(i18n);
    }

    /** @param baseUrl Jira's context path or "" in the preview: the panel script calls {@code baseUrl + /rest/outcomes/1.0} */
    public IssuePanelView view(IssuePanel panel, String baseUrl) {
        List<MetricCard> main = new ArrayList<>();
        List<MetricCard> indicators = new ArrayList<>();
        // a closed outcome's metrics take no readings or new definitions: no form to record, correct or edit
        boolean authoring = panel.canEdit() && panel.closure() == null;
        List<Metric> own = panel.metrics().stream().map(t -> t.metric().metric()).toList();
        for (IssuePanel.TrackedMetric tracked : panel.metrics()) {
            Metric metric = tracked.metric().metric();
            MetricCard card = cards.card(tracked.metric(), tracked.history(), authoring, panel.asOf(),
                    authoring ? forms.edit(metric, own) : null);
            if (metric.kind() == MetricKind.LEADING) {
                indicators.add(card.withChartFolded()); // the column is narrow: the outcome's chart first
            } else {
                main.add(card);
            }
        }
        List<String> findings = new ArrayList<>();
        for (LintFinding f : panel.findings()) {
            findings.add(i18n.getText(f.messageKey(), f.args().toArray()));
        }
        IssueLink challenge = panel.challenge() == null ? null : link(panel.challenge(), baseUrl);
        List<IssueLink> outcomes = panel.outcomes().stream()
                .sorted(Comparator.comparing(IssueRef::key, IssueKeys.BY_NUMBER))
                .map(o -> link(o, baseUrl)).toList();
        boolean outcome = panel.isOutcome();
        return new IssuePanelView(panel.issue().key(), baseUrl, outcome, main, indicators, epics(panel, baseUrl), findings,
                i18n.jsMessagesJson(), challenge, outcomes, outcome ? panel.issue().projectKey() : null,
                outcome ? checkIns.section(panel.checkins(), panel.canEdit(), panel.asOf()) : null,
                outcome ? lifecycle(panel, baseUrl) : null, authoring ? forms.define(own, panel.asOf()) : null,
                panel.canEdit());
    }

    /**
     * The one list of epics, in the service's RICE order: each with its output and calibration, and its RICE inputs
     * (an unscored epic's start empty, impact: none chosen).
     */
    private List<RiceLine> epics(IssuePanel panel, String baseUrl) {
        List<RiceLine> lines = new ArrayList<>();
        for (EpicRanking r : panel.epics()) {
            RiceScore s = r.rice();
            List<Choice> impacts = new ArrayList<>();
            for (int i = 0; i < RiceValidator.IMPACTS.size(); i++) {
                double impact = RiceValidator.IMPACTS.get(i);
                impacts.add(new Choice(MetricFormFactory.plain(impact),
                        i18n.getText("outcomes.rice.impact." + IMPACT_NAMES.get(i), MetricFormFactory.plain(impact)),
                        s != null && s.impact() == impact));
            }
            EpicLine epic = new EpicLine(r.epic().key(), r.epic().summary(), url(baseUrl, r.epic()), r.done(), r.total(),
                    calibration.epicText(r));
            lines.add(new RiceLine(epic, s == null ? null : MetricFormFactory.plain(s.reach()), impacts,
                    s == null ? null : MetricFormFactory.plain(s.confidence()),
                    s == null ? null : MetricFormFactory.plain(s.effort()),
                    s == null ? null : NumberText.of(s.score(), null)));
        }
        return lines;
    }

    private LifecycleSection lifecycle(IssuePanel panel, String baseUrl) {
        LearnedItem closure = null;
        Closure c = panel.closure();
        if (c != null) {
            closure = new LearnedItem(link(panel.issue(), baseUrl), c.result().name(),
                    i18n.getText("outcomes.lifecycle.result." + c.result().name()), c.learning(),
                    i18n.getText("outcomes.lifecycle.learned.closedBy", formats.date(c.closedOn()), c.closedBy()),
                    c.finalScore() == null ? null : i18n.getText("outcomes.lifecycle.finalScore", formats.score(c.finalScore())));
        }
        List<String[]> results = new ArrayList<>();
        for (OutcomeResult r : OutcomeResult.values()) {
            results.add(new String[] {r.name(), i18n.getText("outcomes.lifecycle.result." + r.name())});
        }
        return new LifecycleSection(closure, panel.canEdit(), panel.issue().resolved(), panel.asOf().toString(), results);
    }

    private static IssueLink link(IssueRef issue, String baseUrl) {
        return new IssueLink(issue.key(), issue.summary(), url(baseUrl, issue));
    }

    private static String url(String baseUrl, IssueRef issue) {
        return baseUrl + "/browse/" + issue.key();
    }
}
