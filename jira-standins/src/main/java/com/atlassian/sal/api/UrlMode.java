package com.atlassian.sal.api;

// Checked: public plugin code passing com.atlassian.sal.api.UrlMode ABSOLUTE/RELATIVE/CANONICAL/RELATIVE_CANONICAL/AUTO
// to SAL ApplicationProperties#getBaseUrl (e.g. icyfry/emoji2slack); no full enum listing found
public enum UrlMode {
    ABSOLUTE, RELATIVE, RELATIVE_CANONICAL, CANONICAL, AUTO
}
