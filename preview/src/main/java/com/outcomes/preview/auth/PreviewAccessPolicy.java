package com.outcomes.preview.auth;

import java.util.Locale;
import java.util.Optional;

import com.outcomes.port.AccessPolicy;
import com.outcomes.port.IssueRef;
import com.outcomes.port.WorkTracker;

/**
 * Permissions of the preview: a user may browse or edit an issue when the issue's project is in the
 * user's {@code browse} / {@code edit} list. Issues the work data does not know are never visible.
 */
public final class PreviewAccessPolicy implements AccessPolicy {

    private final RequestUser requestUser;
    private final UserDirectory users;
    private final WorkTracker work;

    public PreviewAccessPolicy(RequestUser requestUser, UserDirectory users, WorkTracker work) {
        this.requestUser = requestUser;
        this.users = users;
        this.work = work;
    }

    @Override
    public Optional<String> currentUser() {
        return requestUser.get().map(PreviewUser::name);
    }

    /** What the request's Accept-Language asks for among the bundle's languages. */
    @Override
    public Locale locale() {
        return requestUser.locale();
    }

    @Override
    public boolean canView(String user, String issueKey) {
        Optional<String> project = projectOf(issueKey);
        return project.isPresent() && users.user(user).map(u -> u.mayBrowse(project.get())).orElse(false);
    }

    @Override
    public boolean canEdit(String user, String issueKey) {
        Optional<String> project = projectOf(issueKey);
        return project.isPresent() && users.user(user).map(u -> u.mayEdit(project.get())).orElse(false);
    }

    @Override
    public boolean canBrowseProject(String user, String projectKey) {
        return users.user(user).map(u -> u.mayBrowse(projectKey)).orElse(false);
    }

    /** {@code "admin": true} in the users file; the built-in {@code admin}. */
    @Override
    public boolean isAdmin(String user) {
        return users.user(user).map(PreviewUser::admin).orElse(false);
    }

    private Optional<String> projectOf(String issueKey) {
        return issueKey == null ? Optional.empty() : work.issue(issueKey).map(IssueRef::projectKey);
    }
}
