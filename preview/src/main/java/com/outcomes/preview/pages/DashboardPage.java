package com.outcomes.preview.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.outcomes.port.AccessPolicy;
import com.outcomes.port.IssueRef;
import com.outcomes.port.Sprint;
import com.outcomes.port.WorkTracker;
import com.outcomes.view.Choice;
import com.outcomes.view.I18n;

/**
 * The dashboard page: the gadget's preferences (project, challenge, weeks) as a small form above it
 * — Jira's gadget configuration screen in miniature — and the gadget itself, whose content gadget.js fetches from
 * the REST API already rendered ({@code GET /dashboard/view}, core's templates) and enhances with its charts.
 * The project chooser and the sprint links name only projects and sprints holding an issue the viewer may browse
 * (DESIGN §5): a list of every project key told a user who may browse none what the instance holds.
 */
final class DashboardPage {

    private static final List<Integer> WEEKS = List.of(4, 8, 12, 26);
    /** Enough recent sprints to pick this or last sprint's review; older ones are one URL away. */
    private static final int SPRINT_LINKS = 6;

    private final WorkTracker work;
    private final AccessPolicy access;
    private final I18n i18n;
    private final Map<String, List<String>> issueKeysByProject;
    private final List<String> projectOrder;
    private final List<String> allIssueKeys;
    private final List<Sprint> sprintsNewestFirst;
    private final VisibleSprints sprints;

    /** @param issueKeysByProject every project of the work data with its issue keys, in the order to list them */
    DashboardPage(WorkTracker work, AccessPolicy access, I18n i18n, Map<String, List<String>> issueKeysByProject,
                  List<Sprint> sprints) {
        this.work = work;
        this.access = access;
        this.i18n = i18n;
        this.issueKeysByProject = Map.copyOf(issueKeysByProject);
        this.allIssueKeys = issueKeysByProject.values().stream().flatMap(List::stream).toList();
        this.sprintsNewestFirst = sprints.stream()
                .filter(s -> s.startDate() != null)
                .sorted(Comparator.comparing(Sprint::startDate).reversed())
                .toList();
        this.projectOrder = List.copyOf(issueKeysByProject.keySet());
        this.sprints = new VisibleSprints(work, access);
    }

    /** Projects with at least one issue the user may browse, asked of the host in one batch. */
    List<String> browsableProjects(String user) {
        if (user == null || allIssueKeys.isEmpty()) {
            return List.of();
        }
        Set<String> visible = access.visible(user, allIssueKeys);
        return projectOrder.stream()
                .filter(p -> issueKeysByProject.get(p).stream().anyMatch(visible::contains))
                .toList();
    }

    /** The most recent sprints holding an issue the user may browse: a sprint's review is 404 to anyone else. */
    List<Sprint> recentSprints(String user) {
        return sprints.visibleTo(user, sprintsNewestFirst).stream().limit(SPRINT_LINKS).toList();
    }

    DashboardView view(String user, String projectParam, String challengeParam, String weeksParam) {
        List<String> projectKeys = browsableProjects(user);
        // an unknown or invisible project is passed on as asked, so the gadget shows the API's "does not exist or you
        // may not see it" rather than silently showing the first project
        boolean unknown = projectParam != null && !projectParam.isBlank() && !projectKeys.contains(projectParam);
        String project = projectParam != null && !projectParam.isBlank() ? projectParam
                : projectKeys.isEmpty() ? "" : projectKeys.get(0);
        String challenge = challengeParam == null ? "" : challengeParam;
        int weeks = parseWeeks(weeksParam);

        List<Choice> projects = new ArrayList<>();
        if (unknown) {
            projects.add(new Choice(project, i18n.getText("outcomes.web.prefs.project.unknown", project), true));
        }
        projectKeys.forEach(key -> projects.add(new Choice(key, key, key.equals(project))));
        List<Choice> challenges = new ArrayList<>();
        challenges.add(new Choice("", i18n.getText("outcomes.web.prefs.challenge.all"), challenge.isEmpty()));
        if (!project.isEmpty() && !unknown && user != null) {
            for (IssueRef c : work.portfolio(project).challenges()) {
                if (access.canView(user, c.key())) {
                    challenges.add(new Choice(c.key(), c.key() + " " + c.summary(), c.key().equals(challenge)));
                }
            }
        }
        List<Choice> weekOptions = WEEKS.stream()
                .map(w -> new Choice(String.valueOf(w), i18n.getText("outcomes.web.prefs.weeksOption", String.valueOf(w)),
                        w == weeks))
                .toList();
        List<SprintLinkView> sprintLinks = recentSprints(user).stream()
                .map(s -> new SprintLinkView(s.id(), s.name(),
                        s.state() == null ? null : i18n.getText("outcomes.review.state." + s.state())))
                .toList();
        return new DashboardView(projects, challenges, weekOptions, sprintLinks, project, challenge, weeks);
    }

    private static int parseWeeks(String raw) {
        try {
            int weeks = Integer.parseInt(raw);
            return WEEKS.contains(weeks) ? weeks : 12;
        } catch (NumberFormatException e) {
            return 12;
        }
    }
}
