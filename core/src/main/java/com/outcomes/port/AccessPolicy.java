package com.outcomes.port;

import java.util.Optional;

/** Who is calling and what they may do, as the host's permission scheme decides. */
public interface AccessPolicy {

    /** The user behind the current request; empty for an anonymous caller. */
    Optional<String> currentUser();

    /** May this user browse the issue (and therefore see its metrics)? False for unknown issues. */
    boolean canView(String user, String issueKey);

    /** May this user edit the issue (and therefore define metrics or record readings on it)? */
    boolean canEdit(String user, String issueKey);
}
