package com.outcomes.jira.panel;

import java.util.HashMap;
import java.util.Map;

import com.atlassian.jira.issue.Issue;
import com.outcomes.jira.JiraViewer;

/** The Velocity context keys shared by Jira's issue view and core's templates. */
final class PanelContext {

    /** Jira puts the viewed {@link Issue} under this key for {@code atl.jira.view.issue.*} web panels. */
    static final String ISSUE = "issue";
    /** Core's templates read their view model as {@code $view} … */
    static final String VIEW = "view";
    /** … and translate with {@code $i18n.getText(…)} (core's {@code com.outcomes.view.I18n}). */
    static final String I18N = "i18n";

    private PanelContext() {
    }

    static Issue issue(Map<String, Object> context) {
        if (context.get(ISSUE) instanceof Issue issue) {
            return issue;
        }
        throw new IllegalStateException("no issue in the web panel context (is the panel on an issue view location?)");
    }

    /** The viewer; {@link BrowseIssueCondition} hides our panels from anonymous users, so none is a wiring error. */
    static String user(JiraViewer viewer) {
        return viewer.user().orElseThrow(() -> new IllegalStateException(
                "an Outcomes panel was rendered for an anonymous viewer: is BrowseIssueCondition missing?"));
    }

    /** Jira's context plus ours; a copy, since Jira may hand over an unmodifiable map. */
    static Map<String, Object> with(Map<String, Object> context, Object view, Object i18n) {
        Map<String, Object> out = new HashMap<>(context);
        out.put(VIEW, view);
        out.put(I18N, i18n);
        return out;
    }
}
