package com.outcomes.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.outcomes.preview.auth.PreviewUser;
import com.outcomes.preview.auth.UserDirectory;

/**
 * The logins of the benchmark's preview: the built-in {@code admin} and {@code viewer}, plus the concurrency case's
 * viewers in four permission profiles (browse every project, browse only the large portfolio's project, browse it
 * among the growth projects, edit it) and outsiders who may browse only another project, so the large portfolio's
 * dashboard must be refused to them.
 */
public final class BenchUsers {

    /** Users of each profile; viewer {@code i} logs in as {@code viewers().get(i % size)}. */
    static final int PER_PROFILE = 25;

    private final List<PreviewUser> viewers;
    private final List<PreviewUser> outsiders;

    public BenchUsers(String largeProject, List<String> otherProjects) {
        List<PreviewUser> v = new ArrayList<>();
        List<PreviewUser> o = new ArrayList<>();
        Set<String> withGrowth = new java.util.HashSet<>(otherProjects);
        withGrowth.add(largeProject);
        for (int i = 1; i <= PER_PROFILE; i++) {
            // interleaved, so that any number of viewers mixes the profiles evenly
            v.add(user("exec-all-" + i, Set.of(PreviewUser.EVERY_PROJECT), Set.of()));
            v.add(user("exec-" + largeProject.toLowerCase() + "-" + i, Set.of(largeProject), Set.of()));
            v.add(user("exec-many-" + i, withGrowth, Set.of()));
            v.add(user("lead-" + largeProject.toLowerCase() + "-" + i, Set.of(), Set.of(largeProject)));
            o.add(user("outsider-" + i, Set.copyOf(otherProjects), Set.of()));
        }
        this.viewers = List.copyOf(v);
        this.outsiders = List.copyOf(o);
    }

    private static PreviewUser user(String name, Set<String> browse, Set<String> edit) {
        return new PreviewUser(name, name + "-pw", browse, edit);
    }

    /** Users who may see the large portfolio, profiles interleaved. */
    public List<PreviewUser> viewers() {
        return viewers;
    }

    /** Users who may not see the large portfolio. */
    public List<PreviewUser> outsiders() {
        return outsiders;
    }

    public UserDirectory directory() {
        List<PreviewUser> all = new ArrayList<>(List.of(
                new PreviewUser("admin", "admin", Set.of(PreviewUser.EVERY_PROJECT), Set.of(PreviewUser.EVERY_PROJECT)),
                new PreviewUser("viewer", "viewer", Set.of(PreviewUser.EVERY_PROJECT), Set.of())));
        all.addAll(viewers);
        all.addAll(outsiders);
        return new UserDirectory(all);
    }

    /** The four profiles, for the report. */
    public static String profiles(String largeProject) {
        return "browse every project; browse `" + largeProject + "` only; browse `" + largeProject
                + "` and the growth projects; edit `" + largeProject + "`";
    }
}
