package com.outcomes.service;

import com.outcomes.port.AccessPolicy;

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

    boolean canEdit(String user, String issueKey) {
        return access.canEdit(user, issueKey);
    }
}
