package com.outcomes.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** One HTTP client of the preview's REST API, logged in as one user with HTTP Basic. */
public final class RestClient {

    private final HttpClient http;
    private final URI base;
    private final String authorization;

    public RestClient(URI restBase, String user, String password) {
        this.http = newHttpClient();
        this.base = restBase;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpClient newHttpClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public Answer get(String pathAndQuery) {
        return send(request(pathAndQuery).GET().build());
    }

    public Answer postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Answer postCsv(String path, String csv) {
        return send(request(path).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build());
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .timeout(Duration.ofMinutes(2))
                .header("Authorization", authorization)
                .header("Accept", "application/json");
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new BenchmarkFailure(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchmarkFailure("interrupted during " + request.uri(), e);
        }
    }

    /** Status and body of one answer. */
    public record Answer(int status, String body) {

        /** Fails the benchmark when the answer is not the expected status: a fast error is not a fast success. */
        public Answer expect(int expected, String what) {
            if (status != expected) {
                throw new BenchmarkFailure(what + " answered " + status + " instead of " + expected + ": "
                        + body.substring(0, Math.min(300, body.length())));
            }
            return this;
        }
    }
}
