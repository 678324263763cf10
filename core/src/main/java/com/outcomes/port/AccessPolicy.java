package com.outcomes.port;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Who is calling, in which language they read, and what they may do, as the host's permission scheme decides. */
public interface AccessPolicy {

    /** The user behind the current request; empty for an anonymous caller. */
    Optional<String> currentUser();

    /**
     * The language to answer the current request in, anonymous callers included (Jira: the user's profile language,
     * else the site's; the preview: what the request's Accept-Language asks for among the bundle's languages). Core
     * falls back to English where the bundle has no text in it. The default is for test doubles; both hosts answer.
     */
    default Locale locale() {
        return Locale.ENGLISH;
    }

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

    /**
     * Whether the user administers the host (Jira: the global "Jira Administrators" permission; the preview:
     * {@code "admin": true} in the users file). Only administrators run the job on demand and see every reminder.
     */
    default boolean isAdmin(String user) {
        return false;
    }
}
