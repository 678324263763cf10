package com.atlassian.jira.issue;

import java.util.Collection;

import com.atlassian.jira.issue.fields.CustomField;

// unconfirmed: from JIRA-PLATFORM.md "from memory" not listed; finds the "Epic Link" field so search results can be grouped by epic
public interface CustomFieldManager {

    Collection<CustomField> getCustomFieldObjectsByName(String name);
}
