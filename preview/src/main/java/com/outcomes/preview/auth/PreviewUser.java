package com.outcomes.preview.auth;

import java.util.Set;

/**
 * A login of the preview, the projects it may browse and edit ({@code "*"} = every project), its mail address for
 * reminders ({@code email}, null = none) and whether it administers the preview ({@code admin}: runs the job on demand,
 * sees every reminder). Passwords are compared in plain text: the preview is a demo host, not a user store.
 */
public record PreviewUser(String name, String password, Set<String> browse, Set<String> edit, String email,
                          boolean admin) {

    public static final String EVERY_PROJECT = "*";

    public PreviewUser {
        browse = Set.copyOf(browse);
        edit = Set.copyOf(edit);
    }

    /** A user without a mail address who is not an administrator. */
    public PreviewUser(String name, String password, Set<String> browse, Set<String> edit) {
        this(name, password, browse, edit, null, false);
    }

    public boolean mayBrowse(String projectKey) {
        // Editing a project implies seeing it, as in Jira's permission schemes.
        return covers(browse, projectKey) || mayEdit(projectKey);
    }

    public boolean mayEdit(String projectKey) {
        return covers(edit, projectKey);
    }

    public boolean browsesEveryProject() {
        return browse.contains(EVERY_PROJECT) || edit.contains(EVERY_PROJECT);
    }

    /** The projects named in {@code browse} or {@code edit} (meaningful unless {@link #browsesEveryProject()}). */
    public Set<String> browsableProjects() {
        Set<String> projects = new java.util.TreeSet<>(browse);
        projects.addAll(edit);
        projects.remove(EVERY_PROJECT);
        return projects;
    }

    private static boolean covers(Set<String> projects, String projectKey) {
        return projects.contains(EVERY_PROJECT) || projects.contains(projectKey);
    }

    @Override
    public String toString() {
        return "PreviewUser[" + name + ", browse=" + browse + ", edit=" + edit + ", email=" + email + ", admin=" + admin + "]";
    }
}
