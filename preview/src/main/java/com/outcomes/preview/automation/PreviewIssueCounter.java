package com.outcomes.preview.automation;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Predicate;

import com.outcomes.port.CountFailedException;
import com.outcomes.port.IssueCounter;
import com.outcomes.preview.auth.PreviewUser;
import com.outcomes.preview.auth.UserDirectory;
import com.outcomes.preview.jql.JqlException;
import com.outcomes.preview.jql.JqlQuery;
import com.outcomes.preview.jql.SearchableIssue;
import com.outcomes.preview.work.IssuesDocument;

/**
 * Counts with the preview's JQL subset (DESIGN §6) over the issues document in memory: the query is compiled once per
 * count and evaluated issue by issue, counting only issues of projects the user may browse (the users file).
 */
public final class PreviewIssueCounter implements IssueCounter {

    private final IssuesDocument document;
    private final UserDirectory users;

    public PreviewIssueCounter(IssuesDocument document, UserDirectory users) {
        this.document = document;
        this.users = users;
    }

    @Override
    public Optional<String> problemWith(String jql, String user) {
        try {
            JqlQuery.compile(jql);
            return Optional.empty();
        } catch (JqlException e) {
            return Optional.of(e.getMessage());
        }
    }

    @Override
    public long count(String jql, String user, LocalDate asOf) {
        JqlQuery query;
        try {
            query = JqlQuery.compile(jql);
        } catch (JqlException e) {
            throw new CountFailedException(e.getMessage(), e);
        }
        PreviewUser counted = users.user(user).orElseThrow(() ->
                new CountFailedException("the user " + user + " is not among the preview's users"));
        // Most counting owners browse every project: then no issue needs asking.
        Predicate<SearchableIssue> browsable = counted.browsesEveryProject() ? issue -> true
                : issue -> counted.mayBrowse(issue.project());
        return query.count(document.searchableIssues(), asOf, browsable);
    }
}
