package com.outcomes.service;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import com.outcomes.error.ForbiddenException;
import com.outcomes.error.NotFoundException;
import com.outcomes.port.AccessPolicy;
import com.outcomes.port.IssueRef;

/** Turns the host's permission answers into the service layer's exceptions, the same way everywhere. */
public final class Permissions {

    private final AccessPolicy access;

    public Permissions(AccessPolicy access) {
        this.access = access;
    }

    void requireView(String user, String issueKey) {
        if (!access.canView(user, issueKey)) {
            throw new NotFoundException("outcomes.error.issueNotFound", issueKey);
        }
    }

    /** An issue the caller cannot even see is reported as missing rather than forbidden. */
    void requireEdit(String user, String issueKey) {
        requireView(user, issueKey);
        if (!access.canEdit(user, issueKey)) {
            throw new ForbiddenException(issueKey);
        }
    }

    boolean canView(String user, String issueKey) {
        return access.canView(user, issueKey);
    }

    /** The issues this user may browse, in their order, checked in one call to the host. */
    List<IssueRef> visible(String user, Collection<IssueRef> issues) {
        if (issues.isEmpty()) {
            return List.of();
        }
        Set<String> keys = access.visible(user, issues.stream().map(IssueRef::key).distinct().toList());
        return issues.stream().filter(i -> keys.contains(i.key())).toList();
    }

    Set<String> visibleKeys(String user, Collection<String> issueKeys) {
        return issueKeys.isEmpty() ? Set.of() : access.visible(user, issueKeys);
    }

    boolean canBrowseProject(String user, String projectKey) {
        return access.canBrowseProject(user, projectKey);
    }

    /** Only administrators run the job on demand and see every reminder (DESIGN §3b). */
    boolean isAdmin(String user) {
        return access.isAdmin(user);
    }

    /** @throws ForbiddenException (403) unless the user administers the host */
    void requireAdmin(String user) {
        if (!access.isAdmin(user)) {
            throw ForbiddenException.adminOnly();
        }
    }

    boolean canEdit(String user, String issueKey) {
        return access.canEdit(user, issueKey);
    }
}
