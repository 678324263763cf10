package com.outcomes.port;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** Who is calling and what they may do, as the host's permission scheme decides. */
public interface AccessPolicy {

    /** The user behind the current request; empty for an anonymous caller. */
    Optional<String> currentUser();

    /** May this user browse the issue (and therefore see its metrics)? False for unknown issues. */
    boolean canView(String user, String issueKey);

    /**
     * The keys among {@code issueKeys} this user may browse. Services filter whole lists through this so a host can
     * answer in one round trip (Jira: one JQL search as the user) instead of one permission check per issue.
     */
    default Set<String> visible(String user, Collection<String> issueKeys) {
        Set<String> visible = new LinkedHashSet<>();
        for (String key : issueKeys) {
            if (canView(user, key)) {
                visible.add(key);
            }
        }
        return visible;
    }

    /** May this user edit the issue (and therefore define metrics or record readings on it)? */
    boolean canEdit(String user, String issueKey);

    /** Whether the user may browse the project at all; hosts that check per issue only answer true. */
    default boolean canBrowseProject(String user, String projectKey) {
        return true;
    }
}
