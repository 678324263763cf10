package com.outcomes.service;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.outcomes.port.AccessPolicy;

/** Per-project browse/edit rights for service tests; "*" means every project. */
public final class ProjectAccess implements AccessPolicy {

    private final Map<String, Set<String>> browse = new HashMap<>();
    private final Map<String, Set<String>> edit = new HashMap<>();
    private final Set<String> admins = new java.util.HashSet<>();
    private String current;
    private Locale locale = Locale.ENGLISH;
    /** Round trips to the "host": one per canView/canEdit, one per batch visible(). */
    public final AtomicInteger calls = new AtomicInteger();
    /** Every question asked, in order: "canView OUT-2", "canEdit OUT-2", "visible [OUT-10, OUT-11]". */
    public final List<String> questions = new CopyOnWriteArrayList<>();

    public ProjectAccess user(String name, Set<String> browseProjects, Set<String> editProjects) {
        browse.put(name, browseProjects);
        edit.put(name, editProjects);
        return this;
    }

    /** Makes the user an administrator (DESIGN §3b: runs the job, sees every reminder). */
    public ProjectAccess admin(String name) {
        admins.add(name);
        return this;
    }

    @Override
    public boolean isAdmin(String user) {
        return admins.contains(user);
    }

    public ProjectAccess actingAs(String name) {
        current = name;
        return this;
    }

    /** The language the current caller is answered in. */
    public ProjectAccess speaking(Locale language) {
        locale = language;
        return this;
    }

    @Override
    public Optional<String> currentUser() {
        return Optional.ofNullable(current);
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public boolean canView(String user, String issueKey) {
        calls.incrementAndGet();
        questions.add("canView " + issueKey);
        return allowed(browse, user, issueKey);
    }

    @Override
    public Set<String> visible(String user, Collection<String> issueKeys) {
        calls.incrementAndGet();
        questions.add("visible " + issueKeys);
        Set<String> visible = new LinkedHashSet<>();
        issueKeys.stream().filter(k -> allowed(browse, user, k)).forEach(visible::add);
        return visible;
    }

    @Override
    public boolean canEdit(String user, String issueKey) {
        calls.incrementAndGet();
        questions.add("canEdit " + issueKey);
        return allowed(edit, user, issueKey);
    }

    @Override
    public boolean canBrowseProject(String user, String projectKey) {
        Set<String> projects = browse.get(user);
        return projects != null && (projects.contains("*") || projects.contains(projectKey));
    }

    private static boolean allowed(Map<String, Set<String>> rights, String user, String issueKey) {
        Set<String> projects = rights.get(user);
        if (projects == null || issueKey == null || !issueKey.contains("-")) {
            return false;
        }
        return projects.contains("*") || projects.contains(issueKey.substring(0, issueKey.indexOf('-')));
    }
}
