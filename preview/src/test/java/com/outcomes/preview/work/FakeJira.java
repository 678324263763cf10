package com.outcomes.preview.work;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A Jira site on a local Jetty: {@code /rest/api/2/field} answers the given field list and {@code /rest/api/2/search}
 * pages through the given issues the way Jira does, honouring {@code startAt} and {@code maxResults} but never giving
 * more than its own page limit. Public so the preview's HTTP tests can start the preview against it.
 */
public final class FakeJira implements AutoCloseable {

    private final Server server = new Server();
    private final String fieldList;
    private volatile List<String> issues;
    private final int pageLimit;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile Integer claimedTotal;
    private volatile long delayMillis;
    private volatile String refusedJql;
    private volatile String refusal;

    /**
     * @param fieldList the JSON of {@code /rest/api/2/field}, or null for a 404 there
     * @param issues    the JSON of each issue, in search order
     * @param pageLimit the most issues one page holds, whatever {@code maxResults} asks
     */
    public FakeJira(String fieldList, List<String> issues, int pageLimit) throws Exception {
        this.fieldList = fieldList;
        this.issues = List.copyOf(issues);
        this.pageLimit = pageLimit;
        ServerConnector connector = new ServerConnector(server);
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new ServletHolder(new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                requests.add(request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
                authorizations.add(String.valueOf(request.getHeader("Authorization")));
                if (delayMillis > 0) {
                    try {
                        Thread.sleep(delayMillis);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                response.setContentType("application/json");
                response.setCharacterEncoding("UTF-8");
                if (status != 200) {
                    response.setStatus(status);
                    response.getWriter().write("{\"errorMessages\": [\"no\"]}");
                } else if (request.getRequestURI().equals("/rest/api/2/field") && FakeJira.this.fieldList != null) {
                    response.getWriter().write(FakeJira.this.fieldList);
                } else if (request.getRequestURI().equals("/rest/api/2/search") && refusedJql != null
                        && String.valueOf(request.getParameter("jql")).contains(refusedJql)) {
                    response.setStatus(400);
                    response.getWriter().write("{\"errorMessages\": [\"" + refusal + "\"], \"errors\": {}}");
                } else if (request.getRequestURI().equals("/rest/api/2/search")) {
                    response.getWriter().write(page(request));
                } else {
                    response.setStatus(404);
                }
            }
        }), "/rest/api/2/*");
        server.setHandler(context);
        server.start();
    }

    private String page(HttpServletRequest request) {
        int startAt = Integer.parseInt(request.getParameter("startAt") == null ? "0" : request.getParameter("startAt"));
        int maxResults = Integer.parseInt(request.getParameter("maxResults") == null ? "50" : request.getParameter("maxResults"));
        List<String> all = issues;
        int size = Math.min(maxResults, pageLimit);
        int from = Math.min(startAt, all.size());
        int to = Math.min(from + size, all.size());
        int total = claimedTotal == null ? all.size() : claimedTotal;
        return "{\"expand\": \"schema,names\", \"startAt\": " + startAt + ", \"maxResults\": " + size + ", \"total\": " + total
                + ", \"issues\": [" + String.join(",", all.subList(from, to)) + "]}";
    }

    /** From now on the search answers these issues. */
    public void replaceIssues(List<String> replacement) {
        this.issues = List.copyOf(replacement);
    }

    /** From now on every answer comes this late. */
    public void delayAnswers(long millis) {
        this.delayMillis = millis;
    }

    /** A search whose JQL contains {@code fragment} is refused with 400 and this error message, as Jira's parser does. */
    public void refuseJql(String fragment, String message) {
        this.refusedJql = fragment;
        this.refusal = message;
    }

    /** From now on every request is answered with this HTTP status. */
    public void answerWith(int httpStatus) {
        this.status = httpStatus;
    }

    /** The search says it has this many issues, more than it gives (issues deleted or hidden while paging). */
    public void claimTotal(int total) {
        this.claimedTotal = total;
    }

    /** Path and query of each request, in order. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** The Authorization header of each request ("null" when absent). */
    public List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    public URI uri() {
        return URI.create("http://localhost:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort() + "/");
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
