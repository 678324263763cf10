package com.atlassian.jira.issue.status.category;

// JIRA-PLATFORM.md: API used (getKey: new / indeterminate / done)
// Checked: public jira-api source StatusCategory.java (@since 6.1 interface, String getKey()); package as
// imported by Semmle/lgtm-jira-addon src/main/java/com/semmle/jira/addon/util/WorkflowUtils.java
public interface StatusCategory {

    String getKey();
}
