package com.outcomes.view;

import static com.outcomes.view.Html.escape;

/** A link to another issue: key, summary and its page. String getters end in Html: escaped text. */
public final class IssueLink {

    private final String key;
    private final String summary;
    private final String url;

    public IssueLink(String key, String summary, String url) {
        this.key = escape(key);
        this.summary = escape(summary);
        this.url = escape(url);
    }

    public String getKeyHtml() {
        return key;
    }

    public String getSummaryHtml() {
        return summary;
    }

    public String getUrlHtml() {
        return url;
    }
}
