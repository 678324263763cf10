package com.atlassian.plugin.web;

import java.util.Map;

// JIRA-PLATFORM.md: API used (init(Map<String,String>), getContextMap(Map<String,Object>))
public interface ContextProvider {

    void init(Map<String, String> params);

    Map<String, Object> getContextMap(Map<String, Object> context);
}
