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

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.Before;
import org.junit.Test;
import org.mockito.Mockito;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.outcomes.OutcomesCore;
import com.outcomes.domain.FieldError;
import com.outcomes.domain.ObservedChange;
import com.outcomes.domain.RiceScore;
import com.outcomes.domain.ValidationException;
import com.outcomes.error.NotFoundException;
import com.outcomes.jira.JiraOutcomesCore;
import com.outcomes.jira.JiraViewer;
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

    private final JiraOutcomesCore core = mock(JiraOutcomesCore.class);
    private final JiraViewer viewer = mock(JiraViewer.class);
    private final OutcomesCore outcomes = mock(OutcomesCore.class);
    private final TreeService trees = mock(TreeService.class);
    private final CalibrationService calibrations = mock(CalibrationService.class);
    private final LoginUriProvider logins = mock(LoginUriProvider.class);
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class, Mockito.RETURNS_DEEP_STUBS);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final StringWriter body = new StringWriter();
    private final I18n i18n = I18n.english();

    @Before
    public void aliceInJira() throws Exception {
        when(viewer.user()).thenReturn(Optional.of("alice"));
        when(viewer.i18n()).thenReturn(i18n);
        when(viewer.baseUrl()).thenReturn("/jira");
        when(core.core()).thenReturn(outcomes);
        when(outcomes.clock()).thenReturn(Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC));
        when(outcomes.tree()).thenReturn(trees);
        when(outcomes.calibration()).thenReturn(calibrations);
        when(outcomes.treeViews(i18n)).thenReturn(new TreeViewFactory(i18n, ZoneOffset.UTC));
        when(outcomes.calibrationViews(i18n)).thenReturn(new CalibrationViewFactory(i18n, ZoneOffset.UTC));
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/outcomes/tree");
        when(request.getRequestURL()).thenReturn(new StringBuffer("https://jira.example.com/jira/plugins/servlet/outcomes/tree"));
        when(request.getParameter("projectKey")).thenReturn("OUT");
        when(response.getWriter()).thenReturn(new PrintWriter(body));
    }

    private void get() throws Exception {
        new OutcomeTreeServlet(core, viewer, new StrictVelocity(), logins, pageBuilder).doGet(request, response);
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
        verify(response).setStatus(200);
        String html = body.toString();
        assertThat(html, containsString("<meta name=\"decorator\" content=\"atl.general\">"));
        assertThat(html, containsString("data-outcomes-tree"));
        assertThat(html, containsString("href=\"/jira/browse/OUT-10\""));
        assertThat(html, containsString("RICE 20 \u00b7 impact 2"));
        assertThat(html, containsString("href=\"/jira/plugins/servlet/outcomes/calibration?projectKey=OUT\""));
        verify(pageBuilder.assembler().resources()).requireWebResource(WebResources.STYLES);
    }

    @Test
    public void theCalibrationPathRendersTheScatterWithItsScript() throws Exception {
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/outcomes/calibration");
        Calibration answer = new Calibration("OUT", TODAY, null, List.of(new Calibration.Point(
                issue("OUT-2", "Share", IssueRef.OUTCOME), issue("OUT-10", "Dealer portal", IssueRef.EPIC),
                new RiceScore(10, 2, 1, 1), new ObservedChange(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 5, 3), 0.1))));
        when(calibrations.calibration("alice", "OUT", TODAY)).thenReturn(answer);
        get();
        verify(response).setStatus(200);
        assertThat(body.toString(), containsString("data-outcomes-calibration"));
        assertThat(body.toString(), containsString("+10 pts"));
        verify(pageBuilder.assembler().resources()).requireWebResource(WebResources.CALIBRATION);
    }

    @Test
    public void aProjectTheViewerMayNotBrowseIs404WithASentence() throws Exception {
        when(trees.tree(anyString(), anyString(), any())).thenThrow(new NotFoundException("outcomes.error.projectNotFound", "OUT"));
        get();
        verify(response).setStatus(404);
        assertThat(body.toString(), containsString("Project OUT does not exist or you may not see it."));
        assertThat(body.toString(), not(containsString("data-outcomes-tree ")));
    }

    @Test
    public void noProjectKeyIs400() throws Exception {
        when(request.getParameter("projectKey")).thenReturn(null);
        when(trees.tree(eq("alice"), eq(""), any())).thenThrow(
                new ValidationException(new FieldError("project", "outcomes.error.required")));
        get();
        verify(response).setStatus(400);
        assertThat(body.toString(), containsString("?project="));
    }

    @Test
    public void anonymousViewersAreSentToLoginAndBack() throws Exception {
        when(viewer.user()).thenReturn(Optional.empty());
        when(request.getQueryString()).thenReturn("projectKey=OUT");
        when(logins.getLoginUri(any())).thenAnswer(a -> URI.create("https://jira.example.com/jira/login.jsp?os_destination="
                + java.net.URLEncoder.encode(a.getArgument(0).toString(), "UTF-8")));
        get();
        verify(logins).getLoginUri(URI.create("https://jira.example.com/jira/plugins/servlet/outcomes/tree?projectKey=OUT"));
        verify(response).sendRedirect(anyString());
        assertEquals("", body.toString());
    }
}
