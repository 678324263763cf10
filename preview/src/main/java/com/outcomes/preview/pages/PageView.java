package com.outcomes.preview.pages;

import static com.outcomes.view.Html.escape;

import java.util.List;

/**
 * The page around a body: {@code templates/preview/page.vm}'s model. String getters end in Html: escaped text, or
 * HTML rendered before (the body).
 */
public final class PageView {

    private final String title;
    private final String user;
    private final String jsMessages;
    private final String alert;
    private final String body;
    private final List<String> scripts;

    /**
     * @param user    the signed-in user, or null
     * @param alert   an error message shown instead of a body, or null
     * @param body    already-safe HTML, or null
     * @param scripts script addresses, already safe, in load order (none: the page loads no script)
     */
    PageView(String title, String user, String jsMessagesJson, String alert, String body, List<String> scripts) {
        this.title = escape(title);
        this.user = escape(user);
        this.jsMessages = escape(jsMessagesJson);
        this.alert = escape(alert);
        this.body = body;
        this.scripts = List.copyOf(scripts);
    }

    public String getTitleHtml() {
        return title;
    }

    public String getUserHtml() {
        return user;
    }

    public String getJsMessagesHtml() {
        return jsMessages;
    }

    public String getAlertHtml() {
        return alert;
    }

    public String getBodyHtml() {
        return body;
    }

    public List<String> getScriptsHtml() {
        return scripts;
    }
}
