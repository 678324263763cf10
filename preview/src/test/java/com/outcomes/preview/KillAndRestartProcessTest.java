package com.outcomes.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * DESIGN §5: a 2xx answer means the write is durable. The real preview in its own JVM on its embedded database takes a
 * burst of writes from concurrent clients, is killed with SIGKILL the moment a CSV import is acknowledged (while the
 * clients are still writing), and is restarted on the same data directory — twice. Every acknowledged reading must be
 * there after each restart.
 */
public class KillAndRestartProcessTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API = "/rest/outcomes/1.0";
    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
    private static final int CLIENTS = 4;
    private static final int READINGS_BEFORE_IMPORT = 120;
    private static final int IMPORT_ROWS = 20;
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    public void everyAcknowledgedWriteSurvivesSigkillRightAfterTheLastAnswer() throws Exception {
        // given a preview on an embedded database with one metric
        Path dataDir = folder.getRoot().toPath().resolve("data");
        Path issues = new PreviewFixture(folder.newFolder("fixture").toPath()).issuesFile;
        String[] args = {"--port", "0", "--data-dir", dataDir.toString(), "--issues", issues.toString()};
        Path log = folder.getRoot().toPath().resolve("preview.log");
        long metricId;
        try (PreviewProcess preview = PreviewProcess.start(log, args)) {
            metricId = defineMetric(preview.baseUri());
            preview.kill();
        }

        Set<String> acknowledged = new TreeSet<>();
        for (int round = 1; round <= 2; round++) {
            try (PreviewProcess preview = PreviewProcess.start(log, args)) {
                // when a burst of writes is acknowledged and the process is killed right after the last answer
                acknowledged.addAll(burstThenKill(preview, metricId, round));

                // then a restart on the same data directory finds every acknowledged write
            }
            try (PreviewProcess restarted = PreviewProcess.start(log, args)) {
                Set<String> found = notes(restarted.baseUri(), metricId);
                Set<String> lost = new TreeSet<>(acknowledged);
                lost.removeAll(found);
                System.out.printf("kill round %d: %d writes acknowledged, %d of them found after restart (%d readings stored)%n",
                        round, acknowledged.size(), acknowledged.size() - lost.size(), found.size());
                assertEquals("acknowledged but lost after SIGKILL and restart: " + lost, Set.of(), lost);
                restarted.kill();
            }
        }
        assertTrue("the burst was a burst: " + acknowledged.size(),
                acknowledged.size() >= 2 * (READINGS_BEFORE_IMPORT + IMPORT_ROWS));
    }

    /**
     * {@value #CLIENTS} clients record readings until the process dies; once {@value #READINGS_BEFORE_IMPORT} are
     * acknowledged a CSV import of {@value #IMPORT_ROWS} rows is sent, and SIGKILL follows its 200 at once.
     * Returns the notes of every acknowledged reading.
     */
    private Set<String> burstThenKill(PreviewProcess preview, long metricId, int round) throws Exception {
        URI base = preview.baseUri();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger recorded = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.submit(() -> {
                    for (int i = 0; !killed.get(); i++) {
                        String note = "r" + round + "-c" + client + "-" + i;
                        String body = "{\"value\": " + i + ", \"measuredAt\": \"" + FIRST_DAY.plusDays(i % 300)
                                + "\", \"note\": \"" + note + "\"}";
                        try {
                            HttpResponse<String> answer = send(base, "POST", "/metrics/" + metricId + "/readings", "application/json", body);
                            if (answer.statusCode() == 201) {
                                acknowledged.add(note);
                                recorded.incrementAndGet();
                            }
                        } catch (java.io.IOException e) {
                            return null; // the process is gone: an unanswered write was never acknowledged
                        }
                    }
                    return null;
                });
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (recorded.get() < READINGS_BEFORE_IMPORT) {
                assertTrue("only " + recorded.get() + " readings acknowledged in 2 minutes: " + preview.output(),
                        System.nanoTime() < deadline);
                Thread.sleep(5);
            }
            StringBuilder csv = new StringBuilder("measuredAt,value,note\n");
            List<String> importNotes = new ArrayList<>();
            for (int i = 0; i < IMPORT_ROWS; i++) {
                String note = "csv" + round + "-" + i;
                importNotes.add(note);
                csv.append(FIRST_DAY.plusDays(i)).append(',').append(i).append(',').append(note).append('\n');
            }
            HttpResponse<String> imported = send(base, "POST", "/metrics/" + metricId + "/readings/import", "text/csv", csv.toString());
            preview.kill();
            killed.set(true);
            assertEquals(imported.body(), 200, imported.statusCode());
            acknowledged.addAll(importNotes);
        } finally {
            killed.set(true);
            clients.shutdown();
            assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS));
        }
        return new HashSet<>(acknowledged);
    }

    private long defineMetric(URI base) throws Exception {
        HttpResponse<String> created = send(base, "POST", "/metrics", "application/json",
                "{\"issueKey\": \"OUT-2\", \"kind\": \"OUTCOME\", \"name\": \"Kill test\", \"unit\": \"\", \"baseline\": 0,"
                        + " \"target\": 100, \"startDate\": \"2024-01-01\", \"targetDate\": \"2030-01-01\", \"cadenceDays\": 30}");
        assertEquals(created.body(), 201, created.statusCode());
        return JSON.readTree(created.body()).get("id").asLong();
    }

    private Set<String> notes(URI base, long metricId) throws Exception {
        HttpResponse<String> history = http.send(HttpRequest.newBuilder(URI.create(base + API + "/metrics/" + metricId + "/readings"))
                .header("Authorization", AUTH).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(history.body(), 200, history.statusCode());
        Set<String> notes = new HashSet<>();
        for (JsonNode reading : JSON.readTree(history.body())) {
            notes.add(reading.get("note").asText());
        }
        return notes;
    }

    private HttpResponse<String> send(URI base, String method, String path, String type, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + API + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", AUTH).header("Content-Type", type)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
