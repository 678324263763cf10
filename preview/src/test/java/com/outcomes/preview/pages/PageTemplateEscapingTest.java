package com.outcomes.preview.pages;

import static com.outcomes.view.HostileText.in;
import static com.outcomes.view.HostileText.shown;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.Test;

import com.outcomes.port.IssueRef;
import com.outcomes.view.Choice;
import com.outcomes.view.HostileText;
import com.outcomes.view.StrictVelocity;

/**
 * The preview's own templates, with hostile text in every text field of their view models and in every message, print
 * the same single-escaped HTML under plain Velocity (the preview) and under Jira's automatic escaping — the rule
 * core's templates follow, so the page templates cannot drift from it.
 */
public class PageTemplateEscapingTest {

    private static final StrictVelocity PLAIN = new StrictVelocity();

    private static String renderBothWays(String template, String name, Object view) {
        return HostileText.renderBothWays("templates/preview/" + template, Map.of(name, view, "i18n", HostileText.i18n()));
    }

    private static void assertShows(String html, String... fields) {
        for (String field : fields) {
            assertThat(field, html, containsString(shown(field)));
        }
    }

    private static Choice option(String p, boolean selected) {
        return new Choice(in(p + "value"), in(p + "label"), selected);
    }

    @Test
    public void pagePrintsHostileTextEscapedOnce() {
        PageView page = new PageView(in("title"), in("user"), in("jsMessages"), null, "<p>body</p>", List.of());
        PageView alert = new PageView(in("title"), in("user"), in("jsMessages"), in("alert"), null, List.of());

        String html = renderBothWays("page.vm", "page", page);
        String alertHtml = renderBothWays("page.vm", "page", alert);

        assertShows(html, "title", "user", "jsMessages");
        assertThat(html, containsString("<p>body</p></main>"));
        assertShows(alertHtml, "alert");
        assertThat(alertHtml, containsString("role=\"alert\""));
    }

    @Test
    public void pageLoadsItsScriptsInOrder() {
        PageView page = new PageView("t", null, "{}", null, "", List.of("/web/a.js", "/web/b.js"));

        String html = PLAIN.render("templates/preview/page.vm", Map.of("page", page, "i18n", HostileText.i18n()));

        assertThat(html, containsString("<script src=\"/web/a.js\"></script>\n<script src=\"/web/b.js\"></script>"));
    }

    @Test
    public void dashboardPrintsHostileTextEscapedOnce() {
        DashboardView view = new DashboardView(List.of(option("project.", true)), List.of(option("challenge.", false)),
                List.of(option("weeks.", true)), List.of(new SprintLinkView(7, in("sprint.name"), in("sprint.state"))),
                in("project"), in("challenge"), 12);

        String html = renderBothWays("dashboard.vm", "view", view);

        assertShows(html, "project.value", "project.label", "challenge.value", "challenge.label", "weeks.value",
                "weeks.label", "sprint.name", "sprint.state", "project", "challenge");
        assertThat(html, containsString("href=\"/sprints/7\""));
        assertThat(html, containsString("data-weeks=\"12\""));
    }

    @Test
    public void sprintNavigationPrintsHostileTextEscapedOnce() {
        SprintNavigationView view = new SprintNavigationView(new SprintLinkView(1, in("previous"), null),
                new SprintLinkView(3, in("next"), null), List.of(option("sprint.", true)));

        String html = renderBothWays("sprint-navigation.vm", "view", view);

        assertShows(html, "previous", "next", "sprint.value", "sprint.label");
        assertThat(html, containsString("rel=\"prev\" data-role=\"sprint-prev\" href=\"/sprints/1\""));
        assertThat(html, containsString("rel=\"next\" data-role=\"sprint-next\" href=\"/sprints/3\""));
    }

    @Test
    public void issuePrintsHostileTextEscapedOnce() {
        IssueRef issue = new IssueRef(in("key"), in("summary"), in("project"), in("type"));

        String withPanel = renderBothWays("issue.vm", "issue", new IssueView(issue, "<div class=\"panel\"></div>"));
        String without = renderBothWays("issue.vm", "issue", new IssueView(issue, null));

        assertShows(withPanel, "key", "summary", "type");
        assertThat(withPanel, containsString("<div class=\"panel\"></div>"));
        assertThat(without, containsString("<p class=\"oc-subtle\">"));
    }
}
