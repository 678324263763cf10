package com.outcomes.jira.review;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.util.List;
import java.util.Optional;


import org.junit.Before;
import org.junit.Test;

import com.outcomes.jira.page.JiraPageRequest;
import com.outcomes.view.StrictVelocity;

import com.outcomes.error.NotFoundException;
import com.outcomes.view.I18n;
import com.outcomes.view.ReviewEpic;
import com.outcomes.view.ReviewMovement;
import com.outcomes.view.ReviewOutcome;
import com.outcomes.view.SprintReviewView;
import com.outcomes.view.SprintReviewViewFactory;
import com.outcomes.service.SprintReview;
import com.outcomes.service.SprintReviewService;

public class SprintReviewServletTest {

    private final SprintReviewService service = mock(SprintReviewService.class);
    private final SprintReviewViewFactory reviews = mock(SprintReviewViewFactory.class);
    private final I18n i18n = I18n.english();
    private final JiraPageRequest jira = new JiraPageRequest(i18n,
            "https://jira.example.com/jira/plugins/servlet/outcomes/sprint-review");
    private final SprintReviewServlet servlet = new SprintReviewServlet(jira.core, jira.pages(new StrictVelocity()));

    @Before
    public void loggedInAlice() throws Exception {
        when(jira.outcomes.sprintReview()).thenReturn(service);
        when(jira.outcomes.sprintReviewViews(i18n)).thenReturn(reviews);
    }

    private static SprintReviewView review() {
        return new SprintReviewView(42, "Sprint <42>", "1 Nov 2026 \u2013 14 Nov 2026", "closed", 9, 2, List.of(
                new ReviewOutcome("OUT-2", "Happier customers", "/jira/browse/OUT-2", 7, List.of(new ReviewEpic("EP-1", "/jira/browse/EP-1", 7)),
                        "7 tickets done; CSAT moved from 75% to 80%.", List.of(new ReviewMovement("CSAT", "Outcome",
                        "75%", "80%", "+5%", "better", "better", "ON_TRACK", "on track", null)))));
    }

    /** The view of sprint {@code id} for alice: core's answer for her, as the view factory shapes it. */
    private SprintReviewView reviewOf(long id) {
        SprintReview answer = mock(SprintReview.class);
        when(service.review("alice", id)).thenReturn(answer);
        return reviews.view(answer, "/jira");
    }

    @Test
    public void rendersTheReviewOfTheRequestedSprintInADecoratedPage() throws Exception {
        // given
        when(jira.request.getParameter("sprintId")).thenReturn("42");
        when(reviewOf(42L)).thenReturn(review());

        // when
        servlet.doGet(jira.request, jira.response);

        // then
        verify(jira.response).setStatus(200);
        verify(jira.response).setContentType("text/html;charset=UTF-8");
        String html = jira.body.toString();
        assertThat(html, containsString("<meta name=\"decorator\" content=\"atl.general\">"));
        assertThat(html, containsString("data-outcomes-sprint-review data-sprint-id=\"42\""));
        assertThat(html, containsString("Sprint &lt;42&gt;"));
        assertThat(html, containsString("<a class=\"oc-key\" href=\"/jira/browse/OUT-2\">OUT-2</a>"));
        assertThat(html, not(containsString("data-outcomes-sprint-picker")));
        verify(jira.pageBuilder.assembler().resources()).requireWebResource(SprintReviewServlet.STYLES);
    }

    @Test
    public void unknownSprintAnswers404WithTheFormAgain() throws Exception {
        // given
        when(jira.request.getParameter("sprintId")).thenReturn("999");
        when(service.review("alice", 999L)).thenThrow(new NotFoundException("outcomes.error.sprintNotFound", 999L));

        // when
        servlet.doGet(jira.request, jira.response);

        // then
        verify(jira.response).setStatus(404);
        String html = jira.body.toString();
        assertThat(html, containsString("data-role=\"not-found\">There is no sprint with this id, or you may not see it."));
        assertThat(html, containsString("name=\"sprintId\" type=\"text\" inputmode=\"numeric\" value=\"999\""));
    }

    @Test
    public void sprintIdThatIsNotANumberAnswers400WithoutALookup() throws Exception {
        // given a hand-typed id carrying markup
        when(jira.request.getParameter("sprintId")).thenReturn("12\"><script>x</script>");

        // when
        servlet.doGet(jira.request, jira.response);

        // then
        verify(jira.response).setStatus(400);
        verify(service, never()).review(anyString(), anyLong());
        String html = jira.body.toString();
        assertThat(html, containsString("data-role=\"invalid\""));
        assertThat(html, containsString("value=\"12&#34;&gt;&lt;script&gt;x&lt;/script&gt;\""));
        assertThat(html, not(containsString("<script>")));
    }

    @Test
    public void withoutASprintIdAsksForOne() throws Exception {
        // given the project sidebar link
        when(jira.request.getParameter("projectKey")).thenReturn("OUT");

        // when
        servlet.doGet(jira.request, jira.response);

        // then
        verify(jira.response).setStatus(200);
        String html = jira.body.toString();
        assertThat(html, containsString("data-outcomes-sprint-picker"));
        assertThat(html, containsString("<meta name=\"projectKey\" content=\"OUT\">"));
        assertThat(html, containsString("<input type=\"hidden\" name=\"projectKey\" value=\"OUT\">"));
        assertThat(html, not(containsString("data-role=\"not-found\"")));
        verify(service, never()).review(any(), anyLong());
    }

    @Test
    public void anonymousViewerIsSentToTheLoginPageAndBack() throws Exception {
        // given
        when(jira.viewer.user()).thenReturn(Optional.empty());
        when(jira.request.getQueryString()).thenReturn("sprintId=42");
        URI back = URI.create("https://jira.example.com/jira/plugins/servlet/outcomes/sprint-review?sprintId=42");
        when(jira.loginUris.getLoginUri(back)).thenReturn(URI.create("/jira/login.jsp?os_destination=%2Fplugins%2Fservlet%2Foutcomes%2Fsprint-review%3FsprintId%3D42"));

        // when
        servlet.doGet(jira.request, jira.response);

        // then
        verify(jira.response).sendRedirect("/jira/login.jsp?os_destination=%2Fplugins%2Fservlet%2Foutcomes%2Fsprint-review%3FsprintId%3D42");
        verify(jira.response, never()).setStatus(200);
        verify(service, never()).review(any(), anyLong());
        assertEquals("", jira.body.toString());
    }

    @Test
    public void styleResourceIsDeclaredInTheDescriptor() throws Exception {
        // the servlet pulls in core's CSS by its complete key: plugin key + web-resource key
        String descriptor = new String(SprintReviewServletTest.class.getResourceAsStream("/atlassian-plugin.xml").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        String[] key = SprintReviewServlet.STYLES.split(":");
        assertThat(descriptor, containsString("key=\"" + key[0] + "\""));
        assertThat(descriptor, containsString("<web-resource key=\"" + key[1] + "\""));
    }
}
