package com.outcomes.preview.pages;

import static com.outcomes.view.Html.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.outcomes.port.Templates;
import com.outcomes.view.I18n;

/**
 * The preview's page chrome around a gadget or panel ({@code templates/preview/page.vm}): AUI's header, AUI and the
 * shared stylesheet, and the scripts. Inside Jira the host draws all of this; only the body comes from core.
 */
final class PageLayout {

    static final String CHART_JS = "/webjars/chart.js/" + WebJarVersion.of("chart.js") + "/dist/chart.umd.min.js";
    /** AUI's script and the jQuery it is built against, on every page as in Jira (preview/pom.xml copies them). */
    static final List<String> AUI = List.of("/aui/jquery.min.js", "/aui/aui-prototyping.js");
    private static final String TEMPLATE = "templates/preview/page.vm";

    private final I18n i18n;
    private final Templates templates;

    PageLayout(I18n i18n, Templates templates) {
        this.i18n = i18n;
        this.templates = templates;
    }

    /** @param body already-safe HTML; @param scripts paths under /web/ (after AUI, Chart.js and the common script) */
    String page(String title, String user, String body, List<String> scripts) {
        List<String> sources = new ArrayList<>(AUI);
        if (!scripts.isEmpty()) {
            sources.add(CHART_JS);
            sources.add("/web/outcomes-common.js");
            scripts.forEach(script -> sources.add("/web/" + escape(script)));
        }
        return render(new PageView(title, user, i18n.jsMessagesJson(), null, body, sources));
    }

    /** A page that only says what went wrong. */
    String alert(String title, String user, String message) {
        return render(new PageView(title, user, i18n.jsMessagesJson(), message, null, AUI));
    }

    private String render(PageView page) {
        return templates.render(TEMPLATE, Map.of("page", page, "i18n", i18n));
    }
}
