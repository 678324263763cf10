package com.atlassian.jira.issue.fields;

// Package checked against docs.atlassian.com jira/latest Issue javadoc and jira-software 6.7.12 ManagedCustomFieldProvider
// (com.atlassian.jira.issue.fields.CustomField); argument of Issue#getCustomFieldValue
public interface CustomField {
}
