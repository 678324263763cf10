package com.outcomes.preview.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The attack of issue 12 in a real Chromium: a user logged in to the preview (HTTP Basic, cached by the browser) opens
 * a page of another origin — a second web server on another port — that auto-submits a {@code text/plain} form to
 * the CSV import and a JSON-looking one to the readings. Nothing may be stored. The preview answers 403 (write from
 * another origin) — not 401, which shows the browser did send the login along — and the CSV import would refuse
 * {@code text/plain} with 415 anyway. Screenshots land in preview/target/screenshots/.
 */
public class CrossSiteFormBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));

    @ClassRule
    public static final BrowserSession BROWSER = BrowserSession.onFixtureIssues();

    private static Server attacker;
    private static URI attackerBase;
    private static long metricId;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeClass
    public static void start() throws Exception {
        metricId = defineMetric();
        attacker = new Server();
        ServerConnector connector = new ServerConnector(attacker);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        attacker.addConnector(connector);
        attacker.setHandler(new AttackPages());
        attacker.start();
        attackerBase = URI.create("http://127.0.0.1:" + connector.getLocalPort());
    }

    @AfterClass
    public static void stop() throws Exception {
        if (attacker != null) {
            attacker.stop();
        }
    }

    @Test
    public void aTextPlainFormOnAnotherOriginCannotImportReadingsForALoggedInUser() throws Exception {
        // given a browser logged in to the preview
        logIn();
        int before = readings();

        // when it opens the other site's page, which posts "2026-11-01,66,csrf=x" as text/plain to the import
        BROWSER.driver().get(attackerBase + "/import.html");
        String answer = answerShown("import");

        // then the preview refused the logged-in write, and nothing was stored
        assertTrue("refused as a write from another origin (a 401 would mean the login was not sent): " + answer,
                answer.contains("\"status\":403"));
        assertEquals(before, readings());
    }

    @Test
    public void aTextPlainFormShapedLikeJsonCannotRecordAReading() throws Exception {
        // given
        logIn();
        int before = readings();

        // when the other site's form sends {"value": 66, "measuredAt": "2026-11-01", "note": "csrf", "x": "="} as text/plain
        BROWSER.driver().get(attackerBase + "/reading.html");
        String answer = answerShown("reading");

        // then
        assertTrue(answer, answer.contains("\"status\":403"));
        assertEquals(before, readings());
    }

    /** Visiting a page with credentials in the URL: Chromium keeps them for the preview's origin, as after a login prompt. */
    private static void logIn() {
        BROWSER.open("/dashboard");
    }

    /** Waits until the form's answer from the preview is shown, keeps a screenshot, and returns the page text. */
    private static String answerShown(String name) throws IOException {
        String preview = BROWSER.host().baseUri().toString();
        new WebDriverWait(BROWSER.driver(), Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().startsWith(preview + "/rest/"));
        BROWSER.screenshot("cross-site-" + name);
        return BROWSER.driver().getPageSource();
    }

    private static long defineMetric() throws Exception {
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(BROWSER.host().baseUri().resolve("/rest/outcomes/1.0/metrics"))
                .header("Authorization", AUTH).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"issueKey\": \"OUT-2\", \"kind\": \"OUTCOME\", \"name\": \"CSAT\","
                        + " \"unit\": \"%\", \"baseline\": 75, \"target\": 90, \"startDate\": \"2026-05-01\","
                        + " \"targetDate\": \"2027-03-31\", \"cadenceDays\": 30}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(created.body(), 201, created.statusCode());
        return JSON.readTree(created.body()).get("id").asLong();
    }

    private static int readings() throws Exception {
        HttpResponse<String> history = HTTP.send(HttpRequest.newBuilder(
                BROWSER.host().baseUri().resolve("/rest/outcomes/1.0/metrics/" + metricId + "/readings")).header("Authorization", AUTH).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(history.body(), 200, history.statusCode());
        return JSON.readTree(history.body()).size();
    }

    /** The other site: two pages, each a form that submits itself to the preview on load. */
    private static final class AttackPages extends Handler.Abstract {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            String path = Request.getPathInContext(request);
            String api = BROWSER.host().baseUri() + "/rest/outcomes/1.0/metrics/" + metricId + "/readings";
            String form;
            if ("/import.html".equals(path)) {
                form = form(api + "/import", "2026-11-01,66,csrf", "x");
            } else if ("/reading.html".equals(path)) {
                form = form(api, "{\"value\": 66, \"measuredAt\": \"2026-11-01\", \"note\": \"csrf\", \"x\": \"", "\"}");
            } else {
                Response.writeError(request, response, callback, 404);
                return true;
            }
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=UTF-8");
            Content.Sink.write(response, true, "<!doctype html><html><body>" + form
                    + "<script>document.forms[0].submit();</script></body></html>", callback);
            return true;
        }

        private static String form(String action, String name, String value) {
            return "<form method=\"post\" enctype=\"text/plain\" action=\"" + escape(action) + "\">"
                    + "<input type=\"hidden\" name=\"" + escape(name) + "\" value=\"" + escape(value) + "\"></form>";
        }

        private static String escape(String text) {
            return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
        }
    }
}
