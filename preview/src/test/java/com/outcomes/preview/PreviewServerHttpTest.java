package com.outcomes.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.ClassRule;
import org.junit.Test;

/** The preview's own HTTP behaviour — login, static assets, start page — over real HTTP. */
public class PreviewServerHttpTest {

    @ClassRule
    public static final RunningPreview PREVIEW = RunningPreview.onSmallIssues();

    @Test
    public void restWithoutCredentialsIs401WithBasicChallengeAndJsonErrorBody() throws Exception {
        // when
        HttpResponse<String> response = PREVIEW.get("/rest/outcomes/1.0/metrics?issueKey=OUT-2", null, null);

        // then
        assertEquals(401, response.statusCode());
        assertEquals("Basic realm=\"Outcomes preview\"", response.headers().firstValue("WWW-Authenticate").orElseThrow());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        assertEquals("{\"status\":401,\"errors\":[{\"field\":null,\"message\":\"Authentication required\"}]}", response.body());
    }

    @Test
    public void restWithWrongPasswordIs401() throws Exception {
        // when
        HttpResponse<String> response = PREVIEW.get("/rest/outcomes/1.0/metrics?issueKey=OUT-2", "admin", "wrong");

        // then
        assertEquals(401, response.statusCode());
        assertTrue(response.body().contains("Authentication required"));
    }

    @Test
    public void unknownUserIs401() throws Exception {
        assertEquals(401, PREVIEW.get("/rest/outcomes/1.0/dashboard?project=OUT", "mallory", "admin").statusCode());
    }

    @Test
    public void malformedAuthorizationHeaderIs401() throws Exception {
        // when
        HttpResponse<String> response = PREVIEW.send(PREVIEW.request("/")
                .header("Authorization", "Basic !!!not-base64"), null, null);

        // then
        assertEquals(401, response.statusCode());
    }

    @Test
    public void aChallengeToARequestWhoseBodyIsLeftUnreadClosesTheConnection() throws Exception {
        // when a write is sent without credentials: its body is refused unread
        HttpResponse<String> response = PREVIEW.send(PREVIEW.request("/rest/outcomes/1.0/metrics")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"issueKey\": \"OUT-2\"}"))
                .header("Content-Type", "application/json"), null, null);

        // then the client is told not to send another request on that connection
        assertEquals(401, response.statusCode());
        assertEquals("close", response.headers().firstValue("Connection").orElse(""));
    }

    @Test
    public void errorsAreInTheLanguageTheRequestAsksForAmongTheBundlesLanguages() throws Exception {
        // given a caller whose browser prefers French, then German (the test bundle has German, not French)
        String languages = "fr-FR, de;q=0.8, en;q=0.5";

        // when they meet a missing metric, the login challenge and a refused method
        HttpResponse<String> missing = PREVIEW.send(PREVIEW.request("/rest/outcomes/1.0/metrics/424").header("Accept-Language", languages), "admin", "admin");
        HttpResponse<String> anonymous = PREVIEW.send(PREVIEW.request("/rest/outcomes/1.0/metrics/424").header("Accept-Language", languages), null, null);
        HttpResponse<String> trace = PREVIEW.send(PREVIEW.request("/rest/outcomes/1.0/metrics/424").header("Accept-Language", languages)
                .method("TRACE", java.net.http.HttpRequest.BodyPublishers.noBody()), null, null);
        HttpResponse<String> english = PREVIEW.get("/rest/outcomes/1.0/metrics/424", "admin", "admin");

        // then each answer is worded in German, and a request that asks for no language in English
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body(), missing.body().contains("Metrik 424 gibt es nicht, oder Sie dürfen sie nicht sehen."));
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.body(), anonymous.body().contains("Anmeldung erforderlich"));
        assertEquals(405, trace.statusCode());
        assertTrue(trace.body(), trace.body().contains("Diese Adresse nimmt diese Methode nicht an."));
        assertTrue(english.body(), english.body().contains("Metric 424 does not exist or you may not see it."));
    }

    @Test
    public void pagesNeedTheSameLogin() throws Exception {
        // when
        HttpResponse<String> anonymous = PREVIEW.get("/dashboard", null, null);
        HttpResponse<String> viewer = PREVIEW.get("/dashboard", "viewer", "viewer");
        HttpResponse<String> start = PREVIEW.get("/", "viewer", "viewer");

        // then
        assertEquals(401, anonymous.statusCode());
        assertEquals("Basic realm=\"Outcomes preview\"", anonymous.headers().firstValue("WWW-Authenticate").orElseThrow());
        assertEquals(200, viewer.statusCode());
        assertEquals(302, start.statusCode());
        assertTrue(start.headers().firstValue("Location").orElseThrow().endsWith("/dashboard"));
    }

    @Test
    public void webAssetsAreServedFromTheClasspathBehindLogin() throws Exception {
        // when
        HttpResponse<String> asset = PREVIEW.get("/web/preview-probe.css", "viewer", "viewer");
        HttpResponse<String> anonymous = PREVIEW.get("/web/preview-probe.css", null, null);

        // then
        assertEquals(200, asset.statusCode());
        assertTrue(asset.headers().firstValue("Content-Type").orElseThrow().startsWith("text/css"));
        assertTrue(asset.body().contains(".probe"));
        assertEquals(List.of("no-cache"), asset.headers().allValues("Cache-Control"));
        assertEquals(List.of("nosniff"), asset.headers().allValues("X-Content-Type-Options"));
        assertEquals(401, anonymous.statusCode());
    }

    @Test
    public void webJarsAreServedAtWebjars() throws Exception {
        // when
        HttpResponse<String> script = PREVIEW.get("/webjars/probe/1.0/probe.js", "viewer", "viewer");

        // then
        assertEquals(200, script.statusCode());
        assertTrue(script.headers().firstValue("Content-Type").orElseThrow().replace(" ", "").toLowerCase(java.util.Locale.ROOT)
                .startsWith("text/javascript;charset=utf-8"));
        assertTrue(script.body().contains("window.probe"));
    }

    @Test
    public void auiFromTheNpmPackageIsServedAtAuiWithTheJqueryItNeedsAndPagesLoadIt() throws Exception {
        // when
        HttpResponse<String> css = PREVIEW.get("/aui/aui-prototyping.css", "viewer", "viewer");
        HttpResponse<String> script = PREVIEW.get("/aui/aui-prototyping.js", "viewer", "viewer");
        HttpResponse<String> jquery = PREVIEW.get("/aui/jquery.min.js", "viewer", "viewer");
        HttpResponse<String> icons = PREVIEW.get("/aui/fonts/adgs-icons.woff", "viewer", "viewer");
        HttpResponse<String> page = PREVIEW.get("/dashboard", "viewer", "viewer");

        // then
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElseThrow().startsWith("text/css"));
        assertTrue(css.body().contains(".aui-lozenge"));
        assertEquals(200, script.statusCode());
        assertTrue(script.body().contains("@atlassian/aui"));
        assertEquals(200, jquery.statusCode());
        assertTrue(jquery.body().contains("jQuery"));
        assertEquals(200, icons.statusCode()); // the stylesheet's url(fonts/…) resolves
        assertTrue(page.body().contains("<link rel=\"stylesheet\" href=\"/aui/aui-prototyping.css\">"));
        assertTrue(page.body().indexOf("/aui/jquery.min.js") < page.body().indexOf("/aui/aui-prototyping.js"));
    }

    @Test
    public void missingAssetIs404AndTraversalAndListingAreRefused() throws Exception {
        assertEquals(404, PREVIEW.get("/web/nothing-here.js", "admin", "admin").statusCode());
        HttpResponse<String> traversal = PREVIEW.get("/web/..%2Fsimplelogger.properties", "admin", "admin");
        // Jetty itself rejects the ambiguous path (400); either way the file outside web/ is not served.
        assertTrue(traversal.statusCode() == 400 || traversal.statusCode() == 404);
        assertTrue(!traversal.body().contains("simpleLogger"));
        // a folder: Jetty's resource servlet refuses the listing
        HttpResponse<String> folder = PREVIEW.get("/webjars/", "admin", "admin");
        assertEquals(403, folder.statusCode());
        assertTrue(!folder.body().contains("probe"));
    }
}
