package com.outcomes.jira.my;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
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

import com.outcomes.domain.Metric;
import com.outcomes.domain.MetricDefinition;
import com.outcomes.domain.MetricEvaluation;
import com.outcomes.domain.MetricKind;
import com.outcomes.domain.Status;
import com.outcomes.jira.page.JiraPageRequest;
import com.outcomes.service.DueMetric;
import com.outcomes.service.DueService;
import com.outcomes.service.MetricView;
import com.outcomes.view.I18n;
import com.outcomes.view.MyMetricsViewFactory;
import com.outcomes.view.StrictVelocity;

public class MyMetricsServletTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final DueService due = mock(DueService.class);
    private final I18n i18n = I18n.english();
    private final JiraPageRequest jira = new JiraPageRequest(i18n,
            "https://jira.example.com/jira/plugins/servlet/outcomes/my-metrics");
    // Jira escapes every reference not ending in Html: the page must come out escaped once all the same
    private final MyMetricsServlet servlet = new MyMetricsServlet(jira.core,
            jira.pages(StrictVelocity.escapingLikeJira()));

    @Before
    public void aliceOnTheServersToday() {
        when(jira.outcomes.due()).thenReturn(due);
        when(jira.outcomes.clock()).thenReturn(Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC));
        when(jira.outcomes.myMetricsViews(i18n)).thenReturn(new MyMetricsViewFactory(i18n, ZoneOffset.UTC));
    }

    @Test
    public void listsTheViewersDueAndStaleMetricsWithARecordLinkInADecoratedPage() throws Exception {
        // given alice's metric on OUT-2 is running blind
        when(due.due("alice", TODAY)).thenReturn(List.of(dueMetric(7, "OUT-2", "CSAT <score>", TODAY.minusDays(10))));

        // when
        when(jira.request.getMethod()).thenReturn("GET");
        servlet.service(jira.request, jira.response);

        // then
        verify(jira.response).setStatus(200);
        verify(jira.response).addHeader("Content-Security-Policy", "frame-ancestors 'self'");
        String html = jira.body.toString();
        assertThat(html, containsString("<meta name=\"decorator\" content=\"atl.general\">"));
        assertThat(html, containsString("<title>My metrics</title>"));
        assertThat(html, containsString("CSAT &lt;score&gt;"));
        assertThat(html, not(containsString("&amp;lt;")));
        assertThat(html, containsString("href=\"/jira/browse/OUT-2#oc-value-7\""));
        assertThat(html, containsString("data-role=\"stale\""));
        verify(jira.pageBuilder.assembler().resources()).requireWebResource(MyMetricsServlet.STYLES);
    }

    @Test
    public void nothingDueSaysSo() throws Exception {
        when(due.due("alice", TODAY)).thenReturn(List.of());

        servlet.doGet(jira.request, jira.response);

        verify(jira.response).setStatus(200);
        assertThat(jira.body.toString(), containsString("data-role=\"nothing-due\""));
    }

    @Test
    public void anonymousViewersAreSentToLogIn() throws Exception {
        when(jira.viewer.user()).thenReturn(Optional.empty());
        when(jira.loginUris.getLoginUri(URI.create("https://jira.example.com/jira/plugins/servlet/outcomes/my-metrics")))
                .thenReturn(URI.create("/jira/login.jsp"));

        servlet.doGet(jira.request, jira.response);

        verify(jira.response).sendRedirect("/jira/login.jsp");
        verify(due, never()).due(any(), any());
    }

    @Test
    public void traceIs405AndEchoesNothing() throws Exception {
        // given
        when(jira.request.getMethod()).thenReturn("TRACE");

        // when
        servlet.service(jira.request, jira.response);

        // then
        verify(jira.response).sendError(405);
        verify(jira.response, never()).getWriter();
        verify(due, never()).due(any(), any());
    }

    private static DueMetric dueMetric(long id, String issueKey, String name, LocalDate dueDate) {
        MetricDefinition definition = new MetricDefinition(MetricKind.KPI, name, null, 1.0, 2.0,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 7, null, null, null, null, "alice", null);
        MetricEvaluation evaluation = new MetricEvaluation(TODAY, null, null, null, null, Status.NO_DATA, true, null,
                null, null, null, dueDate);
        return new DueMetric(new MetricView(new Metric(id, issueKey, definition), evaluation), "Happier customers",
                dueDate, (int) (TODAY.toEpochDay() - dueDate.toEpochDay()), true);
    }
}
