package com.outcomes.preview.pages;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.outcomes.OutcomesCore;
import com.outcomes.domain.ValidationException;
import com.outcomes.error.NotFoundException;
import com.outcomes.port.AccessPolicy;
import com.outcomes.port.IssueRef;
import com.outcomes.port.Sprint;
import com.outcomes.port.Templates;
import com.outcomes.port.WorkTracker;
import com.outcomes.preview.work.IssuesDocument;
import com.outcomes.view.I18n;

/**
 * The preview's HTML pages, mounted at {@code /}: {@code /} → {@code /dashboard}; {@code /dashboard}
 * (the gadget with its preferences as a form); {@code /browse/KEY} (the issue with the panel for its
 * type); {@code /sprints/ID} (the sprint review); {@code /learned?project=KEY} ("What we learned"); {@code /due} ("My metrics"). The gadget's content comes rendered from the REST API;
 * the panels and the review are core's service answers shaped by core's view factories into Velocity templates,
 * exactly as inside Jira. It renders what it is given: core's composition, the language and the templates.
 */
public final class PagesServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(PagesServlet.class);
    private static final Pattern BROWSE = Pattern.compile("/browse/([A-Za-z][A-Za-z0-9_]*-\\d+)");
    private static final Pattern SPRINT = Pattern.compile("/sprints/(\\d{1,18})");
    private static final String BASE_URL = ""; // the preview serves at the root; Jira passes its context path

    private final transient OutcomesCore core;
    private final transient WorkTracker work;
    private final transient AccessPolicy access;
    private final transient I18n i18n;
    private final transient Templates templates;
    private final transient PageLayout layout;
    private final transient Supplier<IssuesDocument> documents;
    private final transient AtomicReference<Navigation> navigation = new AtomicReference<>();

    /**
     * @param core               core's services and view factories
     * @param work               the work data, for the issue page Jira itself would draw around a panel
     * @param access             the preview's permissions, for that same issue page
     * @param i18n               the pages' language (the preview speaks English)
     * @param templates          renders core's and the preview's Velocity templates
     * @param documents          the work data as now read (with {@code --jira-url} it is re-read): its projects and
     *                           issue keys for the project chooser, its sprints for the links to their reviews
     */
    public PagesServlet(OutcomesCore core, WorkTracker work, AccessPolicy access, I18n i18n, Templates templates,
                        Supplier<IssuesDocument> documents) {
        this.core = core;
        this.work = work;
        this.access = access;
        this.i18n = i18n;
        this.templates = templates;
        this.layout = new PageLayout(i18n, templates);
        this.documents = documents;
    }

    /** The chooser and the sprint links of the current work data, built again only when the data was re-read. */
    private Navigation navigation() {
        IssuesDocument document = documents.get();
        Navigation current = navigation.get();
        if (current == null || current.document() != document) {
            List<Sprint> sprints = List.copyOf(document.sprints());
            current = new Navigation(document,
                    new DashboardPage(work, access, i18n, document.issueKeysByProject(), sprints),
                    new SprintNavigation(sprints, new VisibleSprints(work, access), i18n));
            navigation.set(current);
        }
        return current;
    }

    private record Navigation(IssuesDocument document, DashboardPage dashboardPage, SprintNavigation sprintNavigation) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String user = access.currentUser().orElse(null);
        try {
            if (path.isEmpty() || "/".equals(path)) {
                response.sendRedirect("/dashboard");
                return;
            }
            if ("/dashboard".equals(path)) {
                DashboardView dashboard = navigation().dashboardPage().view(user, request.getParameter("project"),
                        request.getParameter("challenge"), request.getParameter("weeks"));
                send(response, 200, layout.page(i18n.getText("outcomes.web.dashboard.title"), user,
                        templates.render("templates/preview/dashboard.vm", context(dashboard)), List.of("gadget.js")));
                return;
            }
            if ("/tree".equals(path) || "/calibration".equals(path)) {
                projectPage(response, user, path, request.getParameter("project"));
                return;
            }
            if ("/learned".equals(path)) {
                learnedPage(response, user, request.getParameter("project"));
                return;
            }
            if ("/due".equals(path)) {
                myMetricsPage(response, user, request.getParameter("asOf"));
                return;
            }
            Matcher browse = BROWSE.matcher(path);
            if (browse.matches()) {
                issuePage(response, user, browse.group(1));
                return;
            }
            if ("/sprints".equals(path) && request.getParameter("sprint") != null
                    && request.getParameter("sprint").matches("\\d{1,18}")) {
                response.sendRedirect("/sprints/" + request.getParameter("sprint")); // the sprint picker's answer
                return;
            }
            Matcher sprint = SPRINT.matcher(path);
            if (sprint.matches()) {
                long id = Long.parseLong(sprint.group(1));
                String html = templates.render("templates/sprint-review.vm",
                        context(core.sprintReviewViews(i18n).view(core.sprintReview().review(user, id), BASE_URL)));
                String navigation = templates.render("templates/preview/sprint-navigation.vm",
                        context(navigation().sprintNavigation().view(id, user)));
                send(response, 200, layout.page(i18n.getText("outcomes.review.title", sprint.group(1)), user,
                        navigation + html, List.of()));
                return;
            }
            notFound(response, user, i18n.getText("outcomes.error.http.404"));
        } catch (NotFoundException e) {
            notFound(response, user, path.startsWith("/sprints/")
                    ? i18n.getText("outcomes.error.sprintNotFound", path.substring("/sprints/".length()))
                    : i18n.getText("outcomes.error.issueNotFound", path.substring(path.lastIndexOf('/') + 1)));
        } catch (RuntimeException e) {
            LOG.error("Page {} failed", path, e);
            send(response, 500, layout.alert("500", user, i18n.getText("outcomes.error.internal")));
        }
    }

    /** "What we learned" (DESIGN §3b): a project's closed outcomes, newest first; an unknown project is 404. */
    private void learnedPage(HttpServletResponse response, String user, String rawProject) throws IOException {
        if (rawProject == null || rawProject.isBlank()) {
            response.sendRedirect("/dashboard"); // the dashboard's project chooser comes first
            return;
        }
        String project = rawProject.strip();
        try {
            String html = templates.render("templates/learned.vm",
                    context(core.learnedViews(i18n).view(project, core.lifecycle().closed(user, project), BASE_URL)));
            send(response, 200, layout.page(i18n.getText("outcomes.lifecycle.learned.title", project), user, html,
                    List.of()));
        } catch (NotFoundException e) {
            notFound(response, user, i18n.getText("outcomes.error.projectNotFound", project));
        }
    }

    /**
     * "My metrics" (DESIGN §3b): the viewer's own metrics due within a week or running blind, soonest first, as of
     * today or {@code asOf} (to look ahead, as {@code GET /metrics/due?asOf=} does); a malformed asOf is 400.
     */
    private void myMetricsPage(HttpServletResponse response, String user, String rawAsOf) throws IOException {
        LocalDate asOf;
        try {
            asOf = rawAsOf == null || rawAsOf.isBlank() ? LocalDate.now(core.clock()) : LocalDate.parse(rawAsOf.strip());
        } catch (DateTimeParseException e) {
            send(response, 400, layout.alert("400", user, i18n.getText("outcomes.error.date", rawAsOf)));
            return;
        }
        String html = templates.render("templates/my-metrics.vm",
                context(core.myMetricsViews(i18n).view(core.due().due(user, asOf), asOf, BASE_URL)));
        send(response, 200, layout.page(i18n.getText("outcomes.my.title"), user, html, List.of()));
    }

    private void issuePage(HttpServletResponse response, String user, String key) throws IOException {
        Optional<IssueRef> found = work.issue(key);
        if (found.isEmpty() || user == null || !access.canView(user, key)) {
            throw new NotFoundException("outcomes.error.issueNotFound", key);
        }
        IssueRef issue = found.get();
        String panel = null;
        List<String> scripts = List.of();
        if (issue.isOfType(IssueRef.OUTCOME) || issue.isOfType(IssueRef.CHALLENGE)) {
            panel = templates.render("templates/outcome-panel.vm",
                    context(core.issuePanelViews(i18n).view(core.issuePanel().panel(user, key), BASE_URL)));
            // gadget.js draws the outcome's output story (the dashboard's row) inside the panel
            scripts = List.of("issue-panel.js", "authoring.js", "gadget.js");
        } else if (issue.isOfType(IssueRef.EPIC)) {
            panel = templates.render("templates/epic-panel.vm",
                    context(core.epicPanelViews(i18n).view(core.epicPanel().panel(user, key), BASE_URL)));
        }
        String body = templates.render("templates/preview/issue.vm", Map.of("issue", new IssueView(issue, panel), "i18n", i18n));
        send(response, 200, layout.page(issue.key() + " " + issue.summary(), user, body, scripts));
    }

    /**
     * The outcome tree ({@code /tree?project=KEY}) or the RICE calibration ({@code /calibration?project=KEY}) of a
     * project: 400 without a project, 404 for one the caller may not browse, as the REST API answers.
     */
    private void projectPage(HttpServletResponse response, String user, String path, String rawProject)
            throws IOException {
        String project = rawProject == null ? "" : rawProject.trim();
        String treeUrl = "/tree?project=" + URLEncoder.encode(project, StandardCharsets.UTF_8);
        String calibrationUrl = "/calibration?project=" + URLEncoder.encode(project, StandardCharsets.UTF_8);
        try {
            LocalDate today = LocalDate.now(core.clock());
            if ("/tree".equals(path)) {
                String html = templates.render("templates/tree.vm", context(core.treeViews(i18n)
                        .view(core.tree().tree(user, project, today), BASE_URL, calibrationUrl)));
                send(response, 200, layout.page(i18n.getText("outcomes.tree.title", project), user, html, List.of()));
            } else {
                String html = templates.render("templates/calibration.vm", context(core.calibrationViews(i18n)
                        .view(core.calibration().calibration(user, project, today), BASE_URL, treeUrl)));
                send(response, 200, layout.page(i18n.getText("outcomes.calibration.title", project), user, html,
                        List.of("calibration.js")));
            }
        } catch (ValidationException e) {
            send(response, 400, layout.alert("400", user, i18n.getText("outcomes.tree.projectRequired")));
        } catch (NotFoundException e) {
            notFound(response, user, i18n.getText("outcomes.error.projectNotFound", project));
        }
    }

    private Map<String, Object> context(Object view) {
        return Map.of("view", view, "i18n", i18n);
    }

    private void notFound(HttpServletResponse response, String user, String message) throws IOException {
        send(response, 404, layout.alert("404", user, message));
    }

    private static void send(HttpServletResponse response, int status, String html) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write(html);
    }
}
