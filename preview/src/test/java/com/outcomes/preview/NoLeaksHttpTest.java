package com.outcomes.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;

import org.junit.ClassRule;
import org.junit.Test;

/**
 * DESIGN §5: the dashboard's project chooser and sprint links name only what the viewer may browse, and a sprint
 * without one browsable issue is 404 — its name and dates are already more than a stranger may know. Users: ann
 * browses OUT only, nobody browses nothing, viewer browses everything; sprints 5 and 6 hold OUT issues only.
 */
public class NoLeaksHttpTest {

    @ClassRule
    public static final RunningPreview PREVIEW = RunningPreview.onSmallIssues().withUsers("""
            {"users": [{"name": "viewer", "password": "viewer", "browse": ["*"], "edit": []},
                       {"name": "ann", "password": "ann", "browse": ["OUT"], "edit": []},
                       {"name": "nobody", "password": "nobody", "browse": [], "edit": []}]}""");

    private static String dashboardPage(String user) throws Exception {
        HttpResponse<String> page = PREVIEW.get("/dashboard", user, user);
        assertEquals(200, page.statusCode());
        return page.body();
    }

    @Test
    public void theProjectChooserListsOnlyProjectsTheViewerMayBrowse() throws Exception {
        String forViewer = dashboardPage("viewer");
        String forAnn = dashboardPage("ann");
        String forNobody = dashboardPage("nobody");

        assertTrue(forViewer.contains("<option value=\"OUT\"") && forViewer.contains("<option value=\"SEC\""));
        assertTrue(forAnn.contains("<option value=\"OUT\""));
        assertFalse(forAnn.contains("<option value=\"SEC\""));
        assertFalse(forNobody.contains("<option value=\"OUT\"") || forNobody.contains("<option value=\"SEC\""));
        assertTrue(forNobody.contains("data-project=\"\""));
    }

    @Test
    public void aProjectTheViewerMayNotBrowseAnswersLikeOneThatDoesNotExist() throws Exception {
        // when ann asks for a project she may not browse, and for one that does not exist
        HttpResponse<String> page = PREVIEW.get("/dashboard?project=SEC", "ann", "ann");
        HttpResponse<String> hidden = PREVIEW.get("/rest/outcomes/1.0/dashboard?project=SEC", "ann", "ann");
        HttpResponse<String> unknown = PREVIEW.get("/rest/outcomes/1.0/dashboard?project=NOPE", "ann", "ann");

        // then the page keeps her choice (the gadget says it is unknown or not visible) without listing SEC itself,
        // and the API cannot tell the two apart
        assertTrue(page.body().contains("data-project=\"SEC\""));
        assertFalse(page.body().contains("<option value=\"SEC\">SEC</option>"));
        assertEquals(404, hidden.statusCode());
        assertEquals(unknown.body().replace("NOPE", "SEC"), hidden.body());
    }

    @Test
    public void sprintLinksNameOnlySprintsWithABrowsableIssue() throws Exception {
        assertTrue(dashboardPage("ann").contains("Sprint 5"));
        assertFalse(dashboardPage("nobody").contains("Sprint 5"));
        assertFalse(dashboardPage("nobody").contains("/sprints/"));
    }

    @Test
    public void aSprintWithoutABrowsableIssueIs404LikeAnUnknownOne() throws Exception {
        // when
        HttpResponse<String> hidden = PREVIEW.get("/rest/outcomes/1.0/sprints/5/review", "nobody", "nobody");
        HttpResponse<String> unknown = PREVIEW.get("/rest/outcomes/1.0/sprints/999/review", "nobody", "nobody");
        HttpResponse<String> page = PREVIEW.get("/sprints/5", "nobody", "nobody");
        HttpResponse<String> unknownPage = PREVIEW.get("/sprints/999", "nobody", "nobody");

        // then: the same answer as for a sprint that does not exist, without its name or dates
        assertEquals(404, hidden.statusCode());
        assertEquals(unknown.body().replace("999", "5"), hidden.body());
        assertFalse(hidden.body().contains("closed") || hidden.body().contains("2026-10-26"));
        assertEquals(404, page.statusCode());
        assertEquals(unknownPage.body().replace("999", "5"), page.body());
        assertEquals(200, PREVIEW.get("/rest/outcomes/1.0/sprints/5/review", "ann", "ann").statusCode());
    }
}
