package com.atlassian.sal.api;

// Checked against docs.atlassian.com javadoc of Confluence 6.4.0 ConfluenceApplicationProperties
// (String getBaseUrl(com.atlassian.sal.api.UrlMode), "specified by" interface com.atlassian.sal.api.ApplicationProperties).
public interface ApplicationProperties {

    String getBaseUrl(UrlMode urlMode);
}
