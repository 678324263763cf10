package com.outcomes.view;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.outcomes.domain.Change;
import com.outcomes.domain.IssueKeys;
import com.outcomes.port.Sprint;
import com.outcomes.service.NumberText;
import com.outcomes.service.SprintReview;

/**
 * Shapes the sprint review's answer ({@link SprintReview}, from {@code SprintReviewService}): per outcome touched, the
 * sprint's output beside the metrics' movement, in the viewer's language.
 */
public final class SprintReviewViewFactory {

    private final I18n i18n;
    private final Formats formats;
    private final CheckInViews checkIns;

    public SprintReviewViewFactory(I18n i18n, ZoneId zone) {
        this.i18n = i18n;
        this.formats = new Formats(i18n, zone);
        this.checkIns = new CheckInViews(formats);
    }

    public SprintReviewView view(SprintReview review, String baseUrl) {
        Sprint sprint = review.sprint();
        List<ReviewOutcome> outcomes = new ArrayList<>();
        for (SprintReview.Entry entry : review.outcomes()) {
            List<ReviewEpic> epics = entry.epics().stream()
                    .sorted(Comparator.comparing(SprintReview.EpicDone::epicKey, IssueKeys.BY_NUMBER))
                    .map(e -> new ReviewEpic(e.epicKey(), baseUrl + "/browse/" + e.epicKey(), e.done()))
                    .toList();
            List<ReviewMovement> movements = entry.movements().stream().map(this::movement).toList();
            outcomes.add(new ReviewOutcome(entry.outcome().key(), entry.outcome().summary(),
                    baseUrl + "/browse/" + entry.outcome().key(), entry.done(), epics, i18n.getText(entry.sentence()), movements,
                    // the review prints who and when, not an age: ages count from the sprint's last day here
                    checkIns.lines(entry.checkins(), sprint.endDate() != null ? sprint.endDate() : sprint.startDate())));
        }
        return new SprintReviewView(sprint.id(), sprint.name(),
                i18n.getText("outcomes.review.dates", formats.date(sprint.startDate()), formats.date(sprint.endDate())),
                sprint.state() == null ? "" : i18n.getText("outcomes.review.state." + sprint.state()),
                review.doneInSprint(), review.doneOutsideOutcomes(), outcomes);
    }

    private ReviewMovement movement(SprintReview.Movement m) {
        var d = m.metric().definition();
        String change;
        if (m.startValue() == null || m.endValue() == null) {
            change = "\u2013";
        } else {
            double delta = m.endValue() - m.startValue();
            change = (delta > 0 ? "+" : delta < 0 ? "\u2212" : "") + NumberText.of(Math.abs(delta), d.unit());
        }
        // coloured by the metric's good direction, and said in words for readers who cannot tell the colours apart
        Change verdict = Change.of(d, m.startValue(), m.endValue());
        String direction = verdict.name().toLowerCase(java.util.Locale.ROOT);
        String verdictText = verdict == Change.BETTER || verdict == Change.WORSE
                ? i18n.getText("outcomes.change." + verdict.name()) : null;
        return new ReviewMovement(d.name(), i18n.getText("outcomes.panel.kind." + d.kind().name()),
                NumberText.of(m.startValue(), d.unit()), NumberText.of(m.endValue(), d.unit()), change, direction, verdictText,
                m.status().name(), i18n.getText("outcomes.status." + m.status().name()),
                m.stale() ? i18n.getText("outcomes.review.stale") : null);
    }
}
