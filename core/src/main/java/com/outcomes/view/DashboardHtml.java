package com.outcomes.view;

import java.time.ZoneId;
import java.util.Map;
import java.util.function.Supplier;

import com.outcomes.port.Templates;
import com.outcomes.service.Dashboard;

/**
 * Renders the gadget's content ({@code templates/dashboard.vm}) for the viewer of the current request, with the host's
 * template engine: Jira's TemplateRenderer (its escaping rule applies to every card) or the preview's Velocity.
 */
public final class DashboardHtml {

    static final String TEMPLATE = "templates/dashboard.vm";

    private final Templates templates;
    private final Supplier<I18n> viewerI18n;
    private final Supplier<String> baseUrl;
    private final ZoneId zone;

    /**
     * @param viewerI18n the current viewer's messages (Jira: the user's language; the preview: English)
     * @param baseUrl    Jira's context path, "" in the preview: issue links are built on it
     */
    public DashboardHtml(Templates templates, Supplier<I18n> viewerI18n, Supplier<String> baseUrl, ZoneId zone) {
        this.templates = templates;
        this.viewerI18n = viewerI18n;
        this.baseUrl = baseUrl;
        this.zone = zone;
    }

    /** @param outcomeKey an outcome's key for its row alone (on its own page), null for the whole dashboard */
    public String render(Dashboard dashboard, String outcomeKey) {
        I18n i18n = viewerI18n.get();
        DashboardFragment view = new DashboardFragmentFactory(new Formats(i18n, zone))
                .fragment(dashboard, outcomeKey, baseUrl.get());
        return templates.render(TEMPLATE, Map.of("view", view, "i18n", i18n));
    }
}
