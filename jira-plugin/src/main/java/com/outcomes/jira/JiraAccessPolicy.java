package com.outcomes.jira;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.outcomes.port.AccessPolicy;

/**
 * Jira's permission scheme as core sees it: browse the issue to view its metrics, edit it to change them.
 *
 * <p>Core passes back the user name it got from {@link #currentUser()}. Edit and admin rights are answered only for the
 * logged-in user of the current request (a different name is denied), so nothing is ever changed in anybody else's
 * name. What a user may <em>browse</em> ({@link #canView}, {@link #visible}) is answered for the named user with their
 * own permissions: DESIGN §3b asks it about a metric's owner — when the owner is set ("may they browse the issue?")
 * and in the compute-and-remind job, where nobody is logged in ("may the owner still see what the mail names?").
 * Unknown and deactivated users may browse nothing. Anonymous callers never get this far: core answers them 401.
 */
@Named
public final class JiraAccessPolicy implements AccessPolicy {

    /** Keys per {@code issuekey in (…)} clause; keeps each JQL string a sensible size. */
    static final int KEYS_PER_SEARCH = 1000;

    private final PermissionManager permissionManager;
    private final JiraAuthenticationContext authentication;
    private final IssueManager issueManager;
    private final IssueSearch search;
    private final GlobalPermissionManager globalPermissions;
    private final UserManager userManager;

    @Inject
    public JiraAccessPolicy(@ComponentImport PermissionManager permissionManager,
                            @ComponentImport JiraAuthenticationContext authentication,
                            @ComponentImport IssueManager issueManager,
                            @ComponentImport SearchService searchService,
                            @ComponentImport GlobalPermissionManager globalPermissions,
                            @ComponentImport UserManager userManager) {
        this.permissionManager = permissionManager;
        this.authentication = authentication;
        this.issueManager = issueManager;
        this.search = new IssueSearch(searchService, authentication);
        this.globalPermissions = globalPermissions;
        this.userManager = userManager;
    }

    @Override
    public Optional<String> currentUser() {
        return Optional.ofNullable(authentication.getLoggedInUser()).map(ApplicationUser::getUsername);
    }

    /** The logged-in user's language, or the site's for anonymous callers, as Jira resolves it. */
    @Override
    public Locale locale() {
        Locale locale = authentication.getLocale();
        return locale == null ? Locale.ENGLISH : locale;
    }

    /** The named user's own browse permission on the issue, issue security included. */
    @Override
    public boolean canView(String user, String issueKey) {
        Optional<ApplicationUser> browser = browser(user);
        if (browser.isEmpty() || issueKey == null) {
            return false;
        }
        Issue issue = issueManager.getIssueByCurrentKey(issueKey);
        return issue != null && permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, browser.get());
    }

    /**
     * One JQL search as the named user ({@code issuekey in (…)}, in chunks of {@link #KEYS_PER_SEARCH}) instead of an
     * issue load and permission check per key: Jira's search applies project permissions and issue security
     * together, and a dashboard of hundreds of outcomes stays at a constant number of round trips.
     */
    @Override
    public Set<String> visible(String user, Collection<String> issueKeys) {
        Set<String> visible = new LinkedHashSet<>();
        Optional<ApplicationUser> browser = issueKeys.isEmpty() ? Optional.empty() : browser(user);
        if (browser.isEmpty()) {
            return visible;
        }
        List<String> keys = new ArrayList<>(new LinkedHashSet<>(issueKeys));
        for (int from = 0; from < keys.size(); from += KEYS_PER_SEARCH) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + KEYS_PER_SEARCH));
            for (Issue issue : search.all(browser.get(), Jql.issueKeys(chunk))) {
                visible.add(issue.getKey());
            }
        }
        return visible;
    }

    /** Edit implies browse: issue security can hide an issue from someone holding the project's edit permission. */
    @Override
    public boolean canEdit(String user, String issueKey) {
        return permitted(user, issueKey, ProjectPermissions.BROWSE_PROJECTS)
                && permitted(user, issueKey, ProjectPermissions.EDIT_ISSUES);
    }

    /**
     * Jira's global "Jira Administrators" permission (GlobalPermissionManager: Jira's documented place for global
     * permissions; PermissionManager's global checks are deprecated), for the logged-in user only, like edit rights.
     */
    @Override
    public boolean isAdmin(String user) {
        ApplicationUser loggedIn = authentication.getLoggedInUser();
        return user != null && loggedIn != null && user.equals(loggedIn.getUsername())
                && globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, loggedIn);
    }

    /**
     * Whose browse permissions answer for {@code user}: the logged-in user when it is them (no directory look-up on
     * every request), else the active Jira user of that name.
     */
    private Optional<ApplicationUser> browser(String user) {
        if (user == null) {
            return Optional.empty();
        }
        ApplicationUser loggedIn = authentication.getLoggedInUser();
        if (loggedIn != null && user.equals(loggedIn.getUsername())) {
            return Optional.of(loggedIn);
        }
        return Optional.ofNullable(userManager.getUserByName(user)).filter(ApplicationUser::isActive);
    }

    private boolean permitted(String user, String issueKey, ProjectPermissionKey permission) {
        ApplicationUser loggedIn = authentication.getLoggedInUser();
        if (user == null || issueKey == null || loggedIn == null || !user.equals(loggedIn.getUsername())) {
            return false;
        }
        Issue issue = issueManager.getIssueByCurrentKey(issueKey);
        return issue != null && permissionManager.hasPermission(permission, issue, loggedIn);
    }
}
