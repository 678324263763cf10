package com.atlassian.jira.issue.link;

// JIRA-PLATFORM.md: API used (element of IssueLinkTypeManager#getIssueLinkTypesByName)
public interface IssueLinkType {

    // Checked: public jira-api source IssueLinkType.java (@PublicApi interface, String getName());
    // was a class only in Jira 4.x (docs.atlassian.com jira/4.4.4 link/IssueLinkType.html)
    String getName();
}
