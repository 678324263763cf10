package com.outcomes.jira.review;

import static com.outcomes.view.HostileText.in;
import static com.outcomes.view.HostileText.shown;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.junit.Before;
import org.junit.Test;

import com.outcomes.error.NotFoundException;
import com.outcomes.jira.page.JiraPageRequest;
import com.outcomes.port.Templates;
import com.outcomes.view.HostileText;
import com.outcomes.view.Html;
import com.outcomes.view.I18n;
import com.outcomes.view.ReviewEpic;
import com.outcomes.view.ReviewMovement;
import com.outcomes.view.ReviewOutcome;
import com.outcomes.view.SprintReviewView;
import com.outcomes.view.SprintReviewViewFactory;
import com.outcomes.service.SprintReview;
import com.outcomes.service.SprintReviewService;
import com.outcomes.view.StrictVelocity;

/**
 * The sprint review page (the plugin's page template around core's review), with hostile text in every field, the
 * request's values and every message, prints the same single-escaped HTML under plain Velocity and under Jira's
 * automatic escaping — the servlet's context keys included.
 */
public class SprintReviewPageEscapingTest {

    private final SprintReviewService service = mock(SprintReviewService.class);
    private final SprintReviewViewFactory reviews = mock(SprintReviewViewFactory.class);
    private final I18n i18n = HostileText.i18n();
    private final JiraPageRequest jira = new JiraPageRequest(i18n,
            "https://jira.example.com/jira/plugins/servlet/outcomes/sprint-review");

    @Before
    public void loggedInAliceWithHostileMessages() {
        when(jira.outcomes.sprintReview()).thenReturn(service);
        when(jira.outcomes.sprintReviewViews(i18n)).thenReturn(reviews);
        when(jira.request.getParameter("projectKey")).thenReturn(in("projectKey"));
    }

    private String page(Templates templates) throws Exception {
        StringWriter body = new StringWriter();
        HttpServletResponse response = mock(HttpServletResponse.class);
        when(response.getWriter()).thenReturn(new PrintWriter(body));
        new SprintReviewServlet(jira.core, jira.pages(templates)).doGet(jira.request, response);
        return body.toString();
    }

    private String renderBothWays() throws Exception {
        String plain = page(new StrictVelocity());
        String jira = page(StrictVelocity.escapingLikeJira());
        assertEquals(plain, jira);
        HostileText.assertEscapedOnce(plain);
        assertThat(plain, containsString(Html.escape(HostileText.I18N_SUFFIX)));
        return plain;
    }

    /** The view of sprint {@code id} for alice: core's answer for her, as the view factory shapes it. */
    private SprintReviewView reviewOf(long id) {
        SprintReview answer = mock(SprintReview.class);
        when(service.review("alice", id)).thenReturn(answer);
        return reviews.view(answer, "/jira");
    }

    @Test
    public void reviewPageIsEscapedOnceWithOrWithoutJiraEscaping() throws Exception {
        // given a sprint whose every text is hostile
        when(jira.request.getParameter("sprintId")).thenReturn("42");
        when(reviewOf(42L)).thenReturn(new SprintReviewView(42, in("name"), in("dates"),
                in("stateLabel"), 9, 2, List.of(new ReviewOutcome(in("o.key"), in("o.summary"), in("o.url"), 7,
                        List.of(new ReviewEpic(in("e.key"), in("e.url"), 3)), in("o.sentence"),
                        List.of(new ReviewMovement(in("m.name"), in("m.kindLabel"),
                                in("m.start"), in("m.end"), in("m.change"), in("m.direction"), in("m.verdict"), in("m.statusCode"),
                                in("m.statusLabel"), in("m.staleText")))))));

        // when
        String html = renderBothWays();

        // then the review is markup inside the page, its texts escaped once
        assertThat(html, containsString("<div class=\"oc-root oc-review\" data-outcomes-sprint-review data-sprint-id=\"42\">"));
        for (String field : List.of("projectKey", "name", "dates", "stateLabel", "o.key", "o.summary", "o.url", "e.key",
                "e.url", "o.sentence", "m.name", "m.kindLabel", "m.start", "m.end", "m.change", "m.direction", "m.verdict",
                "m.statusCode",
                "m.statusLabel", "m.staleText")) {
            assertThat(field, html, containsString(shown(field)));
        }
    }

    @Test
    public void pickerWithAnInvalidIdIsEscapedOnceWithOrWithoutJiraEscaping() throws Exception {
        // given
        when(jira.request.getParameter("sprintId")).thenReturn(in("sprintId"));

        // when
        String html = renderBothWays();

        // then
        assertThat(html, containsString("data-role=\"invalid\""));
        assertThat(html, containsString("value=\"" + shown("sprintId") + "\""));
        assertThat(html, containsString("<input type=\"hidden\" name=\"projectKey\" value=\"" + shown("projectKey") + "\">"));
    }

    @Test
    public void pickerForAnUnknownSprintIsEscapedOnceWithOrWithoutJiraEscaping() throws Exception {
        // given
        when(jira.request.getParameter("sprintId")).thenReturn("999");
        when(service.review("alice", 999L)).thenThrow(new NotFoundException("outcomes.error.sprintNotFound", 999L));

        // when
        String html = renderBothWays();

        // then
        assertThat(html, containsString("data-role=\"not-found\""));
        assertThat(html, containsString("<meta name=\"projectKey\" content=\"" + shown("projectKey") + "\">"));
    }
}
