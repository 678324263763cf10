package com.outcomes.preview.pages;

import static com.outcomes.view.Html.escape;

/** A link to a sprint's review, with an optional note beside its text. String getters end in Html: escaped text. */
public final class SprintLinkView {

    private final String url;
    private final String text;
    private final String note;

    /** @param note shown subtly after the text, or null */
    SprintLinkView(long sprintId, String text, String note) {
        this.url = "/sprints/" + sprintId;
        this.text = escape(text);
        this.note = escape(note);
    }

    public String getUrlHtml() {
        return url;
    }

    public String getTextHtml() {
        return text;
    }

    public String getNoteHtml() {
        return note;
    }
}
