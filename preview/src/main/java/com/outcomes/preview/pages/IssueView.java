package com.outcomes.preview.pages;

import static com.outcomes.view.Html.escape;

import com.outcomes.port.IssueRef;

/**
 * {@code templates/preview/issue.vm}'s model: the issue's header and its panel. String getters end in Html: escaped
 * text, or the panel rendered before.
 */
public final class IssueView {

    private final String type;
    private final String key;
    private final String summary;
    private final boolean epic;
    private final String panel;

    /** @param panel the issue's panel, already-safe HTML, or null when its type has none */
    IssueView(IssueRef issue, String panel) {
        this.type = escape(issue.issueType());
        this.key = escape(issue.key());
        this.summary = escape(issue.summary());
        this.epic = issue.isOfType(IssueRef.EPIC);
        this.panel = panel;
    }

    public String getTypeHtml() {
        return type;
    }

    public String getKeyHtml() {
        return key;
    }

    public String getSummaryHtml() {
        return summary;
    }

    public boolean isEpic() {
        return epic;
    }

    public String getPanelHtml() {
        return panel;
    }
}
