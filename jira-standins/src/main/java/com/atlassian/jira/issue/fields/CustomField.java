package com.atlassian.jira.issue.fields;

// unconfirmed: from JIRA-PLATFORM.md "from memory" not listed; argument of Issue#getCustomFieldValue
public interface CustomField {
}
