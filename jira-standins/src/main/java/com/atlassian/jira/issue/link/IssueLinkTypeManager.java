package com.atlassian.jira.issue.link;

import java.util.Collection;

// JIRA-PLATFORM.md: API used (createIssueLinkType, getIssueLinkTypesByName)
public interface IssueLinkTypeManager {

    void createIssueLinkType(String name, String outward, String inward, String style);

    Collection<IssueLinkType> getIssueLinkTypesByName(String name);
}
