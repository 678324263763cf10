package com.outcomes.view;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.outcomes.domain.IssueKeys;
import com.outcomes.domain.LintFinding;
import com.outcomes.domain.MetricKind;
import com.outcomes.error.NotFoundException;
import com.outcomes.port.AccessPolicy;
import com.outcomes.port.IssueRef;
import com.outcomes.port.WorkTracker;
import com.outcomes.service.EpicRanking;
import com.outcomes.service.EpicService;
import com.outcomes.service.LintService;
import com.outcomes.service.MetricService;
import com.outcomes.service.MetricView;
import com.outcomes.service.ReadingService;
import com.outcomes.service.ReadingView;

/**
 * Builds the Outcome/Challenge panel for an issue as a user sees it. Permission checks are the
 * services' (an issue the user may not browse is a {@link NotFoundException}); the record form is
 * offered only to users who may edit the issue.
 */
public final class IssuePanelViewFactory {

    private final MetricService metrics;
    private final ReadingService readings;
    private final EpicService epics;
    private final LintService lint;
    private final WorkTracker work;
    private final AccessPolicy access;
    private final I18n i18n;
    private final Clock clock;
    private final MetricCardFactory cards;

    public IssuePanelViewFactory(MetricService metrics, ReadingService readings, EpicService epics, LintService lint,
                                 WorkTracker work, AccessPolicy access, I18n i18n, Clock clock) {
        this.metrics = metrics;
        this.readings = readings;
        this.epics = epics;
        this.lint = lint;
        this.work = work;
        this.access = access;
        this.i18n = i18n;
        this.clock = clock;
        this.cards = new MetricCardFactory(new Formats(i18n, clock.getZone()));
    }

    /**
     * @param baseUrl Jira's context path or "" in the preview: the panel script calls {@code baseUrl + /rest/outcomes/1.0}
     * @throws NotFoundException when the issue does not exist or the user may not browse it
     */
    public IssuePanelView forIssue(String issueKey, String user, String baseUrl) {
        LocalDate today = LocalDate.now(clock);
        List<MetricView> views = metrics.metricsOf(user, issueKey, today);
        IssueRef issue = work.issue(issueKey)
                .orElseThrow(() -> new NotFoundException("outcomes.error.issueNotFound", issueKey));
        boolean canEdit = access.canEdit(user, issueKey);

        Map<Long, List<ReadingView>> histories = readings.historiesOfIssue(user, issueKey);
        List<MetricCard> main = new ArrayList<>();
        List<MetricCard> indicators = new ArrayList<>();
        for (MetricView view : views) {
            List<ReadingView> history = histories.getOrDefault(view.metric().id(), List.of());
            MetricCard card = cards.card(view, history, canEdit, today);
            (view.metric().kind() == MetricKind.LEADING ? indicators : main).add(card);
        }
        boolean outcome = issue.isOfType(IssueRef.OUTCOME);
        List<EpicLine> epicLines = new ArrayList<>();
        if (outcome) {
            for (EpicRanking r : epics.epicsOf(user, issueKey)) {
                epicLines.add(new EpicLine(r.epic().key(), r.epic().summary(), baseUrl + "/browse/" + r.epic().key(),
                        r.done(), r.total()));
            }
        }
        List<String> findings = new ArrayList<>();
        for (LintFinding f : lint.lint(user, issueKey, today)) {
            findings.add(i18n.getText(f.messageKey(), f.args().toArray()));
        }
        // no dead ends: an outcome links up to the challenge it measures, a challenge down to its outcomes
        IssueLink challenge = outcome ? work.challengeOf(issueKey)
                .filter(c -> access.canView(user, c.key()))
                .map(c -> link(c, baseUrl)).orElse(null) : null;
        List<IssueLink> outcomes = List.of();
        if (issue.isOfType(IssueRef.CHALLENGE)) {
            List<IssueRef> mine = work.outcomesOf(issueKey);
            Set<String> visible = access.visible(user, mine.stream().map(IssueRef::key).toList());
            outcomes = mine.stream().filter(o -> visible.contains(o.key()))
                    .sorted(Comparator.comparing(IssueRef::key, IssueKeys.BY_NUMBER))
                    .map(o -> link(o, baseUrl)).toList();
        }
        return new IssuePanelView(issueKey, baseUrl, outcome, main, indicators, epicLines, findings, i18n.jsMessagesJson(),
                challenge, outcomes, outcome ? issue.projectKey() : null);
    }

    private static IssueLink link(IssueRef issue, String baseUrl) {
        return new IssueLink(issue.key(), issue.summary(), baseUrl + "/browse/" + issue.key());
    }
}
