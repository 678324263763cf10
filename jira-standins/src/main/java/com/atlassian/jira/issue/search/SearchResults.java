package com.atlassian.jira.issue.search;

import java.util.List;

// JIRA-PLATFORM.md: API used (getResults, getTotal)
public class SearchResults<T> {

    public List<T> getResults() {
        throw new UnsupportedOperationException("stand-in");
    }

    public int getTotal() {
        throw new UnsupportedOperationException("stand-in");
    }
}
