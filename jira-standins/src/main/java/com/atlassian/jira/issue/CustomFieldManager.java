package com.atlassian.jira.issue;

import java.util.Collection;

import com.atlassian.jira.issue.fields.CustomField;

// Checked: filipenkov/SampleTracking JiraPlugins/atlassian-jira-5.1.1-source/.../issue/CustomFieldManager.java
// (Collection<CustomField> getCustomFieldObjectsByName(String)); finds the "Epic Link" field to group results by epic
public interface CustomFieldManager {

    Collection<CustomField> getCustomFieldObjectsByName(String name);
}
