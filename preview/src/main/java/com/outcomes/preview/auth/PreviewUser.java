package com.outcomes.preview.auth;

import java.util.Set;

/**
 * A login of the preview and the projects it may browse and edit ({@code "*"} = every project).
 * Passwords are compared in plain text: the preview is a demo host, not a user store.
 */
public record PreviewUser(String name, String password, Set<String> browse, Set<String> edit) {

    public static final String EVERY_PROJECT = "*";

    public PreviewUser {
        browse = Set.copyOf(browse);
        edit = Set.copyOf(edit);
    }

    public boolean mayBrowse(String projectKey) {
        // Editing a project implies seeing it, as in Jira's permission schemes.
        return covers(browse, projectKey) || mayEdit(projectKey);
    }

    public boolean mayEdit(String projectKey) {
        return covers(edit, projectKey);
    }

    private static boolean covers(Set<String> projects, String projectKey) {
        return projects.contains(EVERY_PROJECT) || projects.contains(projectKey);
    }

    @Override
    public String toString() {
        return "PreviewUser[" + name + ", browse=" + browse + ", edit=" + edit + "]";
    }
}
