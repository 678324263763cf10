package com.outcomes.preview.work;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import com.outcomes.port.IssueRef;

/** Reads the issue search of a fake Jira (a local Jetty serving canned pages) over real HTTP. */
public class JiraRestWorkTrackerTest {

    private Server jira;
    private final List<String> queries = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private volatile int status = 200;

    private static String page(int startAt, int total, String issues) {
        return "{\"startAt\": " + startAt + ", \"maxResults\": 2, \"total\": " + total + ", \"issues\": [" + issues + "]}";
    }

    private static String issue(String key, String type, String links) {
        return "{\"key\": \"" + key + "\", \"fields\": {\"project\": {\"key\": \"OUT\"}, \"issuetype\": {\"name\": \"" + type
                + "\"}, \"summary\": \"" + key + "\", \"issuelinks\": [" + links + "]}}";
    }

    @Before
    public void startFakeJira() throws Exception {
        jira = new Server();
        ServerConnector connector = new ServerConnector(jira);
        connector.setPort(0);
        jira.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new ServletHolder(new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                queries.add(request.getQueryString());
                authorizations.add(String.valueOf(request.getHeader("Authorization")));
                response.setStatus(status);
                response.setContentType("application/json");
                String startAt = request.getParameter("startAt");
                response.getWriter().write("0".equals(startAt)
                        ? page(0, 3, issue("OUT-1", "Outcome", "") + "," + issue("OUT-2", "Epic",
                                "{\"type\": {\"name\": \"Outcome\"}, \"outwardIssue\": {\"key\": \"OUT-1\"}}"))
                        : page(2, 3, issue("OUT-3", "Challenge", "{\"type\": {\"name\": \"Success measure\"}, \"inwardIssue\": {\"key\": \"OUT-1\"}}")));
            }
        }), "/rest/api/2/search");
        jira.setHandler(context);
        jira.start();
    }

    @After
    public void stopFakeJira() throws Exception {
        jira.stop();
    }

    private URI jiraUri() {
        return URI.create("http://localhost:" + ((ServerConnector) jira.getConnectors()[0]).getLocalPort() + "/");
    }

    @Test
    public void pagesThroughTheSearchIntoOneDocumentWithTheBearerToken() {
        // when
        JiraRestWorkTracker tracker = new JiraRestWorkTracker(jiraUri(), "tok3n", "project = OUT", IssueFieldNames.defaults(),
                HttpClient.newHttpClient());

        // then
        assertEquals(3, tracker.document().size());
        assertEquals(2, queries.size());
        assertTrue(queries.get(0), queries.get(0).contains("jql=project+%3D+OUT"));
        assertTrue(queries.get(0), queries.get(0).contains("customfield_10014"));
        assertTrue(queries.get(1), queries.get(1).contains("startAt=2"));
        assertEquals(List.of("Bearer tok3n", "Bearer tok3n"), authorizations);
        assertEquals(List.of("OUT-2"), tracker.epicsOf(List.of("OUT-1")).get("OUT-1").stream().map(IssueRef::key).toList());
        assertEquals("OUT-3", tracker.challengeOf("OUT-1").orElseThrow().key());
    }

    @Test
    public void errorStatusFromJiraFailsStartWithAClearMessage() {
        // given
        status = 401;

        // when
        IssuesDocumentException e = assertThrows(IssuesDocumentException.class, () -> new JiraRestWorkTracker(jiraUri(), null, null,
                IssueFieldNames.defaults(), HttpClient.newHttpClient()));

        // then
        assertEquals("Jira localhost answered HTTP 401 to the issue search (check JIRA_TOKEN)", e.getMessage());
        assertEquals("null", authorizations.get(0));
    }
}
