package com.outcomes.view;

import static com.outcomes.view.Html.escape;

/** An epic worked on in a sprint, linked to its issue page. String getters end in Html: escaped text. */
public final class ReviewEpic {

    private final String key;
    private final String url;
    private final int done;

    public ReviewEpic(String key, String url, int done) {
        this.key = escape(key);
        this.url = escape(url);
        this.done = done;
    }

    public String getKeyHtml() {
        return key;
    }

    public String getUrlHtml() {
        return url;
    }

    public int getDone() {
        return done;
    }
}
