package com.outcomes.jira;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Locale;
import java.util.Optional;

import org.junit.Test;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;

public class JiraViewerTest {

    private final JiraAccessPolicy access = mock(JiraAccessPolicy.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final ApplicationProperties applicationProperties = mock(ApplicationProperties.class);
    private final JiraViewer viewer = new JiraViewer(access, authentication, applicationProperties);

    @Test
    public void baseUrlIsTheRelativeContextPathWithoutTrailingSlash() {
        when(applicationProperties.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/jira/");

        assertEquals("/jira", viewer.baseUrl());
    }

    @Test
    public void rootContextGivesAnEmptyBaseUrl() {
        when(applicationProperties.getBaseUrl(UrlMode.RELATIVE)).thenReturn("");

        assertEquals("", viewer.baseUrl());
    }

    @Test
    public void translationsFollowTheViewersLocale() {
        when(authentication.getLocale()).thenReturn(Locale.GERMAN);

        assertEquals(Locale.GERMAN, viewer.i18n().getLocale());
    }

    @Test
    public void missingLocaleFallsBackToEnglish() {
        when(authentication.getLocale()).thenReturn(null);

        assertEquals(Locale.ENGLISH, viewer.i18n().getLocale());
    }

    @Test
    public void userIsTheAccessPolicysCurrentUser() {
        when(access.currentUser()).thenReturn(Optional.of("alice"));

        assertEquals(Optional.of("alice"), viewer.user());
    }
}
