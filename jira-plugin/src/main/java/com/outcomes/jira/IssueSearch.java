package com.outcomes.jira;

import java.util.ArrayList;
import java.util.List;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

/**
 * Runs one JQL query as the logged-in user (so Jira's issue security applies) and reads every result in pages
 * of {@link #PAGE_SIZE}: one logical search, parsed once, whatever the number of pages. Pages bound the
 * memory a single request holds, which matters on Data Center instances with a million issues.
 */
final class IssueSearch {

    static final int PAGE_SIZE = 1000;

    private final SearchService searchService;
    private final JiraAuthenticationContext authentication;

    IssueSearch(SearchService searchService, JiraAuthenticationContext authentication) {
        this.searchService = searchService;
        this.authentication = authentication;
    }

    List<Issue> all(String jql) {
        return all(authentication.getLoggedInUser(), jql);
    }

    /** The same search as {@code user} (null: anonymous), for questions asked about someone else than the caller. */
    List<Issue> all(ApplicationUser user, String jql) {
        Query query = parse(user, jql);
        List<Issue> issues = new ArrayList<>();
        int start = 0;
        while (true) {
            PagerFilter<Issue> page = new PagerFilter<>(PAGE_SIZE);
            page.setStart(start);
            SearchResults<Issue> results = search(user, query, page, jql);
            List<Issue> found = results.getResults();
            issues.addAll(found);
            start += found.size();
            if (found.isEmpty() || found.size() < PAGE_SIZE || start >= results.getTotal()) {
                return issues;
            }
        }
    }

    long count(String jql) {
        ApplicationUser user = authentication.getLoggedInUser();
        try {
            return searchService.searchCount(user, parse(user, jql));
        } catch (SearchException e) {
            throw new IllegalStateException("Jira search failed: " + jql, e);
        }
    }

    private Query parse(ApplicationUser user, String jql) {
        SearchService.ParseResult parsed = searchService.parseQuery(user, jql);
        if (!parsed.isValid()) {
            // Our JQL is fixed; it fails only when the instance lacks a field we rely on (Epic Link, Sprint
            // without Jira Software). Say so rather than answer with empty output.
            throw new IllegalStateException("Jira rejected the query " + jql + ": "
                    + (parsed.getErrors() == null ? "" : parsed.getErrors().getErrorMessages()));
        }
        return parsed.getQuery();
    }

    @SuppressWarnings("unchecked")
    private SearchResults<Issue> search(ApplicationUser user, Query query, PagerFilter<Issue> page, String jql) {
        try {
            return searchService.search(user, query, page);
        } catch (SearchException e) {
            throw new IllegalStateException("Jira search failed: " + jql, e);
        }
    }
}
