package com.atlassian.plugin.web;

import java.util.Map;

// JIRA-PLATFORM.md: API used (init, boolean shouldDisplay(Map<String,Object>))
public interface Condition {

    void init(Map<String, String> params);

    boolean shouldDisplay(Map<String, Object> context);
}
