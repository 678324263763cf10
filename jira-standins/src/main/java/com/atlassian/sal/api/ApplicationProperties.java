package com.atlassian.sal.api;

// unconfirmed: from JIRA-PLATFORM.md "from memory" not listed; the type exists (constructor parameter of
// com.atlassian.sal.crowd.auth.CrowdLoginUriProvider, docs.atlassian.com), getBaseUrl(UrlMode) from SAL 2.10+ memory.
public interface ApplicationProperties {

    String getBaseUrl(UrlMode urlMode);
}
