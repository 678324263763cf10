package com.outcomes.jira.panel;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Map;

import org.junit.Test;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;

public class IssueTypeConditionTest {

    private static Issue issueOfType(String type) {
        Issue issue = mock(Issue.class);
        IssueType issueType = mock(IssueType.class);
        when(issueType.getName()).thenReturn(type);
        when(issue.getIssueType()).thenReturn(issueType);
        return issue;
    }

    private static IssueTypeCondition condition(String types) {
        IssueTypeCondition condition = new IssueTypeCondition();
        condition.init(Map.of("types", types));
        return condition;
    }

    @Test
    public void showsOnEveryListedType() {
        // given
        IssueTypeCondition condition = condition("Outcome, Challenge");

        // when / then (spaces after commas are tolerated)
        assertTrue(condition.shouldDisplay(Map.of("issue", issueOfType("Outcome"))));
        assertTrue(condition.shouldDisplay(Map.of("issue", issueOfType("Challenge"))));
    }

    @Test
    public void hidesOnOtherTypes() {
        // given
        IssueTypeCondition condition = condition("Outcome,Challenge");

        // when / then
        assertFalse(condition.shouldDisplay(Map.of("issue", issueOfType("Epic"))));
        assertFalse(condition.shouldDisplay(Map.of("issue", issueOfType("outcome"))));
    }

    @Test
    public void hidesWhenTheContextHasNoIssue() {
        // given
        IssueTypeCondition condition = condition("Epic");

        // when / then
        assertFalse(condition.shouldDisplay(Map.of()));
        assertFalse(condition.shouldDisplay(Map.of("issue", "EPIC-1")));
    }

    @Test
    public void hidesWhenTheIssueHasNoType() {
        // given
        Issue issue = mock(Issue.class);

        // when / then
        assertFalse(condition("Epic").shouldDisplay(Map.of("issue", issue)));
    }

    @Test(expected = IllegalArgumentException.class)
    public void refusesADescriptorWithoutTypes() {
        new IssueTypeCondition().init(Map.of());
    }
}
