package com.outcomes.jira;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

/** Mockito-built Jira objects for the adapter tests. */
final class JiraFixtures {

    private static long nextId = 10_000;

    private JiraFixtures() {
    }

    static ApplicationUser user(String name) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getUsername()).thenReturn(name);
        return user;
    }

    static MutableIssue issue(String key, String type) {
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(nextId++);
        when(issue.getKey()).thenReturn(key);
        when(issue.getSummary()).thenReturn("Summary of " + key);
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn(key.substring(0, key.indexOf('-')));
        when(issue.getProjectObject()).thenReturn(project);
        IssueType issueType = mock(IssueType.class);
        when(issueType.getName()).thenReturn(type);
        when(issue.getIssueType()).thenReturn(issueType);
        return issue;
    }

    /** A story of an epic in the given status category, resolved at the given local date-time (or null). */
    static MutableIssue story(String key, CustomField epicLink, Issue epic, String category, String resolvedAt) {
        MutableIssue story = issue(key, "Story");
        when(story.getCustomFieldValue(epicLink)).thenReturn(epic);
        Status status = mock(Status.class);
        StatusCategory statusCategory = mock(StatusCategory.class);
        when(statusCategory.getKey()).thenReturn(category);
        when(status.getStatusCategory()).thenReturn(statusCategory);
        when(story.getStatus()).thenReturn(status);
        when(story.getResolutionDate()).thenReturn(resolvedAt == null ? null : Timestamp.valueOf(resolvedAt));
        return story;
    }

    static IssueLink link(String typeName, Issue source, Issue destination) {
        IssueLink link = mock(IssueLink.class);
        IssueLinkType type = mock(IssueLinkType.class);
        when(type.getName()).thenReturn(typeName);
        when(link.getIssueLinkType()).thenReturn(type);
        when(link.getSourceObject()).thenReturn(source);
        when(link.getDestinationObject()).thenReturn(destination);
        return link;
    }

    /** Makes the search service accept {@code jql} and answer it with {@code results}, page by page. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Query answer(SearchService search, String jql, List<? extends Issue> results) throws SearchException {
        Query query = mock(Query.class);
        SearchService.ParseResult parsed = mock(SearchService.ParseResult.class);
        when(parsed.isValid()).thenReturn(true);
        when(parsed.getQuery()).thenReturn(query);
        when(search.parseQuery(any(), eq(jql))).thenReturn(parsed);
        when(search.search(any(), eq(query), any(PagerFilter.class))).thenAnswer(call -> {
            PagerFilter<?> pager = call.getArgument(2);
            int from = Math.min(pager.getStart(), results.size());
            int to = Math.min(from + pager.getMax(), results.size());
            SearchResults page = mock(SearchResults.class);
            when(page.getResults()).thenReturn(new ArrayList<>(results.subList(from, to)));
            when(page.getTotal()).thenReturn(results.size());
            return page;
        });
        return query;
    }
}
