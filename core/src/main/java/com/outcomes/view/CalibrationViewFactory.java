package com.outcomes.view;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.outcomes.domain.ObservedChange;
import com.outcomes.domain.Spearman;
import com.outcomes.port.IssueRef;
import com.outcomes.service.Calibration;
import com.outcomes.service.NumberText;

/** Words and formats a {@link Calibration} for templates/calibration.vm, in the viewer's language. */
public final class CalibrationViewFactory {

    private final I18n i18n;
    private final Formats formats;

    public CalibrationViewFactory(I18n i18n, ZoneId zone) {
        this.i18n = i18n;
        this.formats = new Formats(i18n, zone);
    }

    /** @param treeUrl the project's outcome tree page on this host */
    public CalibrationView view(Calibration calibration, String baseUrl, String treeUrl) {
        List<CalibrationLine> lines = new ArrayList<>();
        List<Map<String, Object>> points = new ArrayList<>();
        for (Calibration.Point p : calibration.epics()) {
            lines.add(new CalibrationLine(link(p.outcome(), baseUrl), link(p.epic(), baseUrl),
                    NumberText.of(p.rice().impact(), null), NumberText.of(p.rice().score(), null),
                    change(p.observed()), window(p.observed())));
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("x", p.rice().impact());
            point.put("y", BigDecimal.valueOf(p.observed().progressChange() * 100).setScale(2, RoundingMode.HALF_UP)
                    .doubleValue());
            point.put("label", p.epic().key() + " " + p.epic().summary());
            points.add(point);
        }
        String summary = calibration.spearman() == null
                ? i18n.getText("outcomes.calibration.rho.none", calibration.n(), Spearman.MIN_PAIRS)
                : i18n.getText("outcomes.calibration.rho", formats.score(calibration.spearman()), calibration.n());
        return new CalibrationView(calibration.projectKey(), summary, treeUrl, lines, MetricCardFactory.json(points));
    }

    /** The outcome panel's line for a ranked epic: predicted impact beside the observed change; null without RICE. */
    String epicText(com.outcomes.service.EpicRanking r) {
        if (r.rice() == null) {
            return null;
        }
        String impact = NumberText.of(r.rice().impact(), null);
        return r.observed() == null
                ? i18n.getText("outcomes.calibration.epic.pending", impact)
                : i18n.getText("outcomes.calibration.epic", impact, change(r.observed()), window(r.observed()));
    }

    /** "+10 pts": the OUTCOME metric's progress change in percentage points. */
    String change(ObservedChange observed) {
        return NumberText.rate(observed.progressChange() * 100, "%");
    }

    String window(ObservedChange observed) {
        return i18n.getText("outcomes.review.dates", formats.date(observed.from()), formats.date(observed.to()));
    }

    private static IssueLink link(IssueRef issue, String baseUrl) {
        return new IssueLink(issue.key(), issue.summary(), baseUrl + "/browse/" + issue.key());
    }
}
