package com.outcomes.preview.pages;

import static com.outcomes.view.Html.escape;

import java.util.List;

import com.outcomes.view.I18n;

/**
 * The preview's page chrome around a gadget or panel: Jira's top bar look, the shared stylesheet, and
 * the scripts. Inside Jira the host draws all of this; only the body comes from core.
 */
final class PageLayout {

    static final String CHART_JS = "/webjars/chart.js/" + WebJarVersion.of("chart.js") + "/dist/chart.umd.min.js";

    private final I18n i18n;
    private final String jsMessages;

    PageLayout(I18n i18n) {
        this.i18n = i18n;
        this.jsMessages = escape(i18n.jsMessagesJson());
    }

    /** @param body already-safe HTML; @param scripts paths under /web/ (after the common script) */
    String page(String title, String user, String body, List<String> scripts) {
        StringBuilder html = new StringBuilder(8_192);
        html.append("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"UTF-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(escape(title)).append(" \u2013 ").append(escape(i18n.getText("outcomes.web.product")))
                .append("</title><link rel=\"stylesheet\" href=\"/web/outcomes.css\"></head>")
                .append("<body class=\"oc-page\" data-outcomes-i18n=\"").append(jsMessages).append("\">")
                .append("<header class=\"oc-topbar\"><a class=\"oc-brand\" href=\"/dashboard\">")
                .append(escape(i18n.getText("outcomes.web.product"))).append("</a><nav><a href=\"/dashboard\">")
                .append(escape(i18n.getText("outcomes.web.nav.dashboard"))).append("</a></nav>");
        if (user != null) {
            html.append("<span class=\"oc-user\">").append(escape(i18n.getText("outcomes.web.nav.signedInAs", user))).append("</span>");
        }
        html.append("</header><main class=\"oc-main\">").append(body).append("</main>");
        if (!scripts.isEmpty()) {
            html.append("<script src=\"").append(CHART_JS).append("\"></script>")
                    .append("<script src=\"/web/outcomes-common.js\"></script>");
            for (String script : scripts) {
                html.append("<script src=\"/web/").append(escape(script)).append("\"></script>");
            }
        }
        return html.append("</body></html>").toString();
    }
}
