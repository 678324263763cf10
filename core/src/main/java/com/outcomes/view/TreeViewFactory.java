package com.outcomes.view;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.outcomes.domain.MetricDefinition;
import com.outcomes.domain.MetricEvaluation;
import com.outcomes.port.IssueRef;
import com.outcomes.service.NumberText;
import com.outcomes.service.OutcomeTree;

/** Words and formats an {@link OutcomeTree} for templates/tree.vm, in the viewer's language. */
public final class TreeViewFactory {

    private final I18n i18n;
    private final Formats formats;

    public TreeViewFactory(I18n i18n, ZoneId zone) {
        this.i18n = i18n;
        this.formats = new Formats(i18n, zone);
    }

    /**
     * @param baseUrl        Jira's context path ("" in the preview), for issue links
     * @param calibrationUrl the project's calibration page on this host
     */
    public TreeView view(OutcomeTree tree, String baseUrl, String calibrationUrl) {
        List<TreeChallengeView> challenges = new ArrayList<>();
        for (OutcomeTree.Challenge c : tree.challenges()) {
            challenges.add(new TreeChallengeView(link(c.issue(), baseUrl), metrics(c.metrics()),
                    c.outcomes().stream().map(o -> outcome(o, baseUrl)).toList()));
        }
        return new TreeView(tree.projectKey(), formats.date(tree.asOf()), calibrationUrl, challenges,
                tree.unassigned().stream().map(o -> outcome(o, baseUrl)).toList());
    }

    private TreeOutcomeView outcome(OutcomeTree.Outcome o, String baseUrl) {
        List<TreeEpicLine> epics = o.epics().stream().map(e -> new TreeEpicLine(link(e.issue(), baseUrl),
                i18n.getText("outcomes.panel.epics.done", e.done(), e.total()),
                Formats.fraction(e.total() == 0 ? 0.0 : (double) e.done() / e.total()),
                e.rice() == null ? null : i18n.getText("outcomes.tree.rice", NumberText.of(e.score(), null),
                        NumberText.of(e.rice().impact(), null)))).toList();
        return new TreeOutcomeView(link(o.issue(), baseUrl), o.closed(), metrics(o.metrics()), epics);
    }

    private List<TreeMetricLine> metrics(List<OutcomeTree.Node> nodes) {
        return nodes.stream().map(n -> line(n, descendants(n.leading()))).toList();
    }

    /** Leading indicators of every depth, parents before their own indicators: the page shows one level under the metric. */
    private List<TreeMetricLine> descendants(List<OutcomeTree.Node> nodes) {
        List<TreeMetricLine> lines = new ArrayList<>();
        for (OutcomeTree.Node n : nodes) {
            lines.add(line(n, List.of()));
            lines.addAll(descendants(n.leading()));
        }
        return lines;
    }

    private TreeMetricLine line(OutcomeTree.Node n, List<TreeMetricLine> leading) {
        MetricDefinition d = n.metric().metric().definition();
        MetricEvaluation e = n.metric().evaluation();
        String stale = !e.stale() ? null : e.daysSinceMeasured() == null
                ? i18n.getText("outcomes.panel.stale.never")
                : i18n.getText("outcomes.panel.stale.days", String.valueOf(e.daysSinceMeasured()));
        return new TreeMetricLine(i18n.getText("outcomes.panel.kind." + d.kind().name()), d.name(),
                e.current() == null ? "\u2013" : NumberText.of(e.current(), d.unit()), e.status().name(),
                i18n.getText("outcomes.status." + e.status().name()),
                d.kind().hasTarget() ? formats.percent(e.progress()) : null, stale, leading);
    }

    private static IssueLink link(IssueRef issue, String baseUrl) {
        return new IssueLink(issue.key(), issue.summary(), baseUrl + "/browse/" + issue.key());
    }
}
