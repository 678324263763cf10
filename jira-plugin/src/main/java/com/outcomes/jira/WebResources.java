package com.outcomes.jira;

/**
 * The descriptor's web resources that Java code requires through {@code PageBuilderService} — none of ours is bound
 * to a context Jira loads on every issue view, so each page that shows our markup asks for what it needs.
 * PluginDescriptorTest checks that every key here is declared.
 */
public final class WebResources {

    /** {@code atlassian.plugin.key} of jira-plugin/pom.xml (the descriptor's filtered key). */
    public static final String PLUGIN_KEY = "com.outcomes.outcomes-jira-plugin";
    /** Core's CSS alone: pages with our markup but no script (Epic panel, sprint review). */
    public static final String STYLES = PLUGIN_KEY + ":outcomes-styles";
    /** The Outcome panel's script with its dependencies (Chart.js, core's helpers, styles). */
    public static final String ISSUE_PANEL = PLUGIN_KEY + ":outcomes-issue-panel";

    /** The RICE calibration page's scatter script with its dependencies (Chart.js, core's helpers, styles). */
    public static final String CALIBRATION = PLUGIN_KEY + ":outcomes-calibration";

    private WebResources() {
    }
}
