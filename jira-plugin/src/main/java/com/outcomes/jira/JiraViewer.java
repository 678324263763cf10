package com.outcomes.jira;

import java.util.Locale;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.outcomes.view.I18n;

/**
 * Who is looking at a server-rendered page (issue panel, sprint review) and in which language, plus the
 * context path links are built on. Read from Jira on each call: nothing is kept between requests.
 */
@Named
public class JiraViewer {

    private final JiraAccessPolicy access;
    private final JiraAuthenticationContext authentication;
    private final ApplicationProperties applicationProperties;

    @Inject
    public JiraViewer(JiraAccessPolicy access,
                      @ComponentImport JiraAuthenticationContext authentication,
                      @ComponentImport ApplicationProperties applicationProperties) {
        this.access = access;
        this.authentication = authentication;
        this.applicationProperties = applicationProperties;
    }

    /** The logged-in user's name as core's services expect it; empty for anonymous. */
    public Optional<String> user() {
        return access.currentUser();
    }

    /** Core's {@code $i18n} in the viewer's language (the bundle falls back to English). */
    public I18n i18n() {
        Locale locale = authentication.getLocale();
        return new I18n(locale == null ? Locale.ENGLISH : locale);
    }

    /**
     * Jira's context path ("" or "/jira"): relative, so links and the panel script's REST calls work behind any
     * proxy host name. A trailing slash is dropped since callers append "/browse/…".
     */
    public String baseUrl() {
        String base = applicationProperties.getBaseUrl(UrlMode.RELATIVE);
        if (base == null) {
            return "";
        }
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
