package com.outcomes.jira.tree;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;


import org.junit.Before;
import org.junit.Test;

import com.outcomes.domain.FieldError;
import com.outcomes.domain.ObservedChange;
import com.outcomes.domain.RiceScore;
import com.outcomes.domain.ValidationException;
import com.outcomes.error.NotFoundException;
import com.outcomes.jira.page.JiraPageRequest;
import com.outcomes.jira.WebResources;
import com.outcomes.port.IssueRef;
import com.outcomes.service.Calibration;
import com.outcomes.service.CalibrationService;
import com.outcomes.service.OutcomeTree;
import com.outcomes.service.TreeService;
import com.outcomes.view.CalibrationViewFactory;
import com.outcomes.view.I18n;
import com.outcomes.view.StrictVelocity;
import com.outcomes.view.TreeViewFactory;

/** The outcome tree and calibration pages in Jira: login, the project key, 400/404, core's templates inside Jira's page. */
public class OutcomeTreeServletTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final TreeService trees = mock(TreeService.class);
    private final CalibrationService calibrations = mock(CalibrationService.class);
    private final I18n i18n = I18n.english();
    private final JiraPageRequest jira = new JiraPageRequest(i18n,
            "https://jira.example.com/jira/plugins/servlet/outcomes/tree");

    @Before
    public void aliceInJira() throws Exception {
        when(jira.outcomes.clock()).thenReturn(Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC));
        when(jira.outcomes.tree()).thenReturn(trees);
        when(jira.outcomes.calibration()).thenReturn(calibrations);
        when(jira.outcomes.treeViews(i18n)).thenReturn(new TreeViewFactory(i18n, ZoneOffset.UTC));
        when(jira.outcomes.calibrationViews(i18n)).thenReturn(new CalibrationViewFactory(i18n, ZoneOffset.UTC));
        when(jira.request.getRequestURI()).thenReturn("/jira/plugins/servlet/outcomes/tree");
        when(jira.request.getParameter("projectKey")).thenReturn("OUT");
    }

    private void get() throws Exception {
        new OutcomeTreeServlet(jira.core, jira.pages(new StrictVelocity())).doGet(jira.request, jira.response);
    }

    private static IssueRef issue(String key, String summary, String type) {
        return new IssueRef(key, summary, "OUT", type);
    }

    @Test
    public void rendersTheTreeOfTheProjectInsideJirasPage() throws Exception {
        // given a challenge with an outcome and an epic
        OutcomeTree.Outcome outcome = new OutcomeTree.Outcome(issue("OUT-2", "Share", IssueRef.OUTCOME), false, List.of(),
                List.of(new OutcomeTree.Epic(issue("OUT-10", "Dealer portal", IssueRef.EPIC), 3, 4, new RiceScore(10, 2, 1, 1))));
        when(trees.tree("alice", "OUT", TODAY)).thenReturn(new OutcomeTree("OUT", TODAY,
                List.of(new OutcomeTree.Challenge(issue("OUT-1", "Grow", IssueRef.CHALLENGE), List.of(), List.of(outcome))),
                List.of()));
        // when
        get();
        // then
        verify(jira.response).setStatus(200);
        String html = jira.body.toString();
        assertThat(html, containsString("<meta name=\"decorator\" content=\"atl.general\">"));
        assertThat(html, containsString("data-outcomes-tree"));
        assertThat(html, containsString("href=\"/jira/browse/OUT-10\""));
        assertThat(html, containsString("RICE 20 \u00b7 impact 2"));
        assertThat(html, containsString("href=\"/jira/plugins/servlet/outcomes/calibration?projectKey=OUT\""));
        verify(jira.pageBuilder.assembler().resources()).requireWebResource(WebResources.STYLES);
    }

    @Test
    public void theCalibrationPathRendersTheScatterWithItsScript() throws Exception {
        when(jira.request.getRequestURI()).thenReturn("/jira/plugins/servlet/outcomes/calibration");
        Calibration answer = new Calibration("OUT", TODAY, null, List.of(new Calibration.Point(
                issue("OUT-2", "Share", IssueRef.OUTCOME), issue("OUT-10", "Dealer portal", IssueRef.EPIC),
                new RiceScore(10, 2, 1, 1), new ObservedChange(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 5, 3), 0.1))));
        when(calibrations.calibration("alice", "OUT", TODAY)).thenReturn(answer);
        get();
        verify(jira.response).setStatus(200);
        assertThat(jira.body.toString(), containsString("data-outcomes-calibration"));
        assertThat(jira.body.toString(), containsString("+10 pts"));
        verify(jira.pageBuilder.assembler().resources()).requireWebResource(WebResources.CALIBRATION);
    }

    @Test
    public void aProjectTheViewerMayNotBrowseIs404WithASentence() throws Exception {
        when(trees.tree(anyString(), anyString(), any())).thenThrow(new NotFoundException("outcomes.error.projectNotFound", "OUT"));
        get();
        verify(jira.response).setStatus(404);
        assertThat(jira.body.toString(), containsString("Project OUT does not exist or you may not see it."));
        assertThat(jira.body.toString(), not(containsString("data-outcomes-tree ")));
    }

    @Test
    public void noProjectKeyIs400() throws Exception {
        when(jira.request.getParameter("projectKey")).thenReturn(null);
        when(trees.tree(eq("alice"), eq(""), any())).thenThrow(
                new ValidationException(new FieldError("project", "outcomes.error.required")));
        get();
        verify(jira.response).setStatus(400);
        assertThat(jira.body.toString(), containsString("?project="));
    }

    @Test
    public void anonymousViewersAreSentToLoginAndBack() throws Exception {
        when(jira.viewer.user()).thenReturn(Optional.empty());
        when(jira.request.getQueryString()).thenReturn("projectKey=OUT");
        when(jira.loginUris.getLoginUri(any())).thenAnswer(a -> URI.create("https://jira.example.com/jira/login.jsp?os_destination="
                + java.net.URLEncoder.encode(a.getArgument(0).toString(), "UTF-8")));
        get();
        verify(jira.loginUris).getLoginUri(URI.create("https://jira.example.com/jira/plugins/servlet/outcomes/tree?projectKey=OUT"));
        verify(jira.response).sendRedirect(anyString());
        assertEquals("", jira.body.toString());
    }
}
