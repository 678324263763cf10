package com.outcomes.rest;

import java.util.List;

import com.outcomes.rest.dto.CalibrationJson;
import com.outcomes.rest.dto.TreeJson;
import com.outcomes.service.Calibration;
import com.outcomes.service.OutcomeTree;

/** Maps the outcome tree and the RICE calibration to their JSON (DESIGN §5), metrics through {@link JsonViews}. */
final class TreeJsonViews {

    private final JsonViews views;

    TreeJsonViews(JsonViews views) {
        this.views = views;
    }

    TreeJson tree(OutcomeTree tree) {
        return new TreeJson(tree.projectKey(), tree.asOf(),
                tree.challenges().stream().map(c -> new TreeJson.Challenge(c.issue().key(), c.issue().summary(),
                        nodes(c.metrics()), outcomes(c.outcomes()))).toList(),
                outcomes(tree.unassigned()));
    }

    private List<TreeJson.Outcome> outcomes(List<OutcomeTree.Outcome> outcomes) {
        return outcomes.stream().map(o -> new TreeJson.Outcome(o.issue().key(), o.issue().summary(), o.closed(),
                nodes(o.metrics()), o.epics().stream().map(e -> new TreeJson.Epic(e.issue().key(), e.issue().summary(),
                        e.done(), e.total(), JsonViews.rice(e.rice()), e.score())).toList())).toList();
    }

    private List<TreeJson.MetricNode> nodes(List<OutcomeTree.Node> nodes) {
        return nodes.stream().map(n -> new TreeJson.MetricNode(views.metric(n.metric()), nodes(n.leading()))).toList();
    }

    static CalibrationJson calibration(Calibration calibration) {
        return new CalibrationJson(calibration.n(), calibration.spearman(), calibration.epics().stream()
                .map(p -> new CalibrationJson.Epic(p.outcome().key(), p.epic().key(), p.rice().impact(),
                        p.rice().score(), p.observed().progressChange()))
                .toList());
    }
}
