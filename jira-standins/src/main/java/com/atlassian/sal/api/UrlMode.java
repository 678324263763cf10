package com.atlassian.sal.api;

// unconfirmed: from JIRA-PLATFORM.md "from memory" not listed (argument of ApplicationProperties#getBaseUrl)
public enum UrlMode {
    ABSOLUTE, RELATIVE, RELATIVE_CANONICAL, CANONICAL, AUTO
}
