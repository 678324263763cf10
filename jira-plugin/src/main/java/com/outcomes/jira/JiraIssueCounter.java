package com.outcomes.jira;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.query.Query;
import com.outcomes.i18n.Messages;
import com.outcomes.port.CountFailedException;
import com.outcomes.port.IssueCounter;

/**
 * Counts a computed metric's issues with Jira's {@link SearchService} as the metric's owner (DESIGN §3b), never as
 * whoever happens to be logged in: the job runs with nobody logged in, and a metric must show what its owner may see,
 * issue security included. One call is one {@code searchCount}: Jira counts in its index, no issue is loaded.
 *
 * <p>The JQL is parsed and then validated as the owner: parsing alone accepts {@code projcet = X} or a project the
 * owner may not see, which Jira would then count as zero without a word. The messages are Jira's own, in the owner's
 * language as Jira resolves it. Texts of ours are in the bundle's base language: they are stored with the metric.
 */
@Named
public final class JiraIssueCounter implements IssueCounter {

    private static final Logger LOG = LoggerFactory.getLogger(JiraIssueCounter.class);

    private final SearchService searchService;
    private final UserManager userManager;
    private final Messages messages = Messages.english();

    @Inject
    public JiraIssueCounter(@ComponentImport SearchService searchService, @ComponentImport UserManager userManager) {
        this.searchService = searchService;
        this.userManager = userManager;
    }

    @Override
    public Optional<String> problemWith(String jql, String user) {
        Optional<ApplicationUser> owner = activeUser(user);
        if (owner.isEmpty()) {
            return Optional.of(messages.get("outcomes.jira.count.noUser", user));
        }
        return parse(owner.get(), jql).problem();
    }

    @Override
    public long count(String jql, String user, LocalDate asOf) {
        ApplicationUser owner = activeUser(user)
                .orElseThrow(() -> new CountFailedException(messages.get("outcomes.jira.count.noUser", user)));
        Parsed parsed = parse(owner, jql);
        if (parsed.problem().isPresent()) {
            throw new CountFailedException(parsed.problem().get());
        }
        try {
            return searchService.searchCount(owner, parsed.query());
        } catch (SearchException e) {
            LOG.warn("Jira could not count the issues of '{}' as {}", jql, user, e);
            String reason = e.getMessage() == null || e.getMessage().isBlank()
                    ? messages.get("outcomes.jira.count.unavailable")
                    : messages.get("outcomes.jira.count.failed", e.getMessage());
            throw new CountFailedException(reason, e);
        } catch (RuntimeException e) {
            // an index being rebuilt, a node shutting down: a passing state, said without Jira's class names
            LOG.warn("Jira could not count the issues of '{}' as {}", jql, user, e);
            throw new CountFailedException(messages.get("outcomes.jira.count.unavailable"), e);
        }
    }

    /** The user by name, if Jira knows them and they may still log in: an inactive owner's view is no one's view. */
    private Optional<ApplicationUser> activeUser(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(userManager.getUserByName(name)).filter(ApplicationUser::isActive);
    }

    private Parsed parse(ApplicationUser owner, String jql) {
        SearchService.ParseResult parsed = searchService.parseQuery(owner, jql);
        if (!parsed.isValid()) {
            return new Parsed(null, Optional.of(jiraMessages(parsed.getErrors())));
        }
        MessageSet validation = searchService.validateQuery(owner, parsed.getQuery());
        if (validation != null && validation.hasAnyErrors()) {
            return new Parsed(null, Optional.of(jiraMessages(validation)));
        }
        return new Parsed(parsed.getQuery(), Optional.empty());
    }

    /** Jira's messages for a refused query, joined; Jira gives one per problem, usually just one. */
    private String jiraMessages(MessageSet errors) {
        Collection<String> texts = errors == null ? null : errors.getErrorMessages();
        if (texts == null || texts.isEmpty()) {
            return messages.get("outcomes.jira.count.refused");
        }
        return String.join(" ", texts);
    }

    private record Parsed(Query query, Optional<String> problem) {
    }
}
