package com.outcomes.view;

import java.time.ZoneId;
import java.util.List;

import com.outcomes.domain.Closure;
import com.outcomes.service.ClosedOutcome;

/** Words and formats the answer of {@code LifecycleService.closed} for the "What we learned" page. */
public final class LearnedViewFactory {

    private final I18n i18n;
    private final Formats formats;

    public LearnedViewFactory(I18n i18n, ZoneId zone) {
        this.i18n = i18n;
        this.formats = new Formats(i18n, zone);
    }

    /** @param baseUrl where issue pages live: Jira's context path, "" in the preview */
    public LearnedView view(String projectKey, List<ClosedOutcome> closed, String baseUrl) {
        return new LearnedView(projectKey, closed.stream().map(c -> item(c, baseUrl)).toList());
    }

    private LearnedItem item(ClosedOutcome c, String baseUrl) {
        Closure closure = c.closure();
        String key = c.outcome().key();
        return new LearnedItem(new IssueLink(key, c.outcome().summary(), baseUrl + "/browse/" + key),
                closure.result().name(), i18n.getText("outcomes.lifecycle.result." + closure.result().name()),
                closure.learning(),
                i18n.getText("outcomes.lifecycle.learned.closedBy", formats.date(closure.closedOn()), closure.closedBy()),
                closure.finalScore() == null ? null
                        : i18n.getText("outcomes.lifecycle.finalScore", formats.score(closure.finalScore())));
    }
}
