package com.outcomes.jira;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.Test;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;

public class JiraIssueLinksTest {

    private final ApplicationProperties properties = mock(ApplicationProperties.class);
    private final JiraIssueLinks links = new JiraIssueLinks(properties);

    @Test
    public void anIssueLinkIsTheCanonicalBaseUrlAndBrowseKey() {
        // given the base URL an administrator configured
        when(properties.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://jira.example.com/jira");

        // then
        assertEquals("https://jira.example.com/jira/browse/SHOP-2", links.issueUrl("SHOP-2"));
        verify(properties, never()).getBaseUrl(UrlMode.RELATIVE);
    }

    @Test
    public void aTrailingSlashOfTheBaseUrlIsNotDoubled() {
        when(properties.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://jira.example.com/");

        assertEquals("https://jira.example.com/browse/SHOP-2", links.issueUrl("SHOP-2"));
    }
}
