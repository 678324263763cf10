package com.atlassian.sal.api.auth;

import java.net.URI;

// Not in JIRA-PLATFORM.md; signature checked against docs.atlassian.com (atlassian-crowd 2.7.0 / 4.2.0
// CrowdLoginUriProvider implements com.atlassian.sal.api.auth.LoginUriProvider: URI getLoginUri(URI returnUri)).
public interface LoginUriProvider {

    URI getLoginUri(URI returnUri);
}
