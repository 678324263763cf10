package com.atlassian.jira.util;

import java.util.Set;

// Checked: filipenkov/SampleTracking JiraPlugins/atlassian-jira-5.1.1-source/.../jira-api/.../util/MessageSet.java
// (interface, Set<String> getErrorMessages()); type of SearchService.ParseResult#getErrors
public interface MessageSet {

    Set<String> getErrorMessages();

    // Checked: as SearchService#validateQuery's result in public plugin code (mailru/jira-plugins-mrimsender)
    boolean hasAnyErrors();
}
