package com.atlassian.jira.issue.search;

// JIRA-PLATFORM.md: API used (thrown by SearchService#search)
public class SearchException extends Exception {

    public SearchException(String message) {
        super(message);
    }
}
