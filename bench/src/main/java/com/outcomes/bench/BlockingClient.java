package com.outcomes.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One user's blocking HTTP client for the concurrency case: the calling thread writes the request and reads the
 * answer itself over a kept-alive connection ({@link HttpURLConnection}), so fifty viewers are fifty threads each
 * waiting on its own socket, with no hand-off through a shared selector thread as with {@code java.net.http}
 * ({@link RestClient}); the client then costs the shared cores as little as a load generator can.
 * {@code http.maxConnections} must exceed the number of viewers (set in {@link BenchMain}), or connections are
 * closed and reopened between requests.
 */
final class BlockingClient {

    private final URI base;
    private final String authorization;

    BlockingClient(URI restBase, String user, String password) {
        this.base = restBase;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    RestClient.Answer get(String pathAndQuery) {
        return send("GET", pathAndQuery, null);
    }

    RestClient.Answer postJson(String path, String json) {
        return send("POST", path, json);
    }

    private RestClient.Answer send(String method, String pathAndQuery, String json) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(base + pathAndQuery).toURL().openConnection();
            connection.setRequestMethod(method);
            connection.setConnectTimeout(10_000);
            connection.setReadTimeout(120_000);
            connection.setRequestProperty("Authorization", authorization);
            connection.setRequestProperty("Accept", "application/json");
            if (json != null) {
                connection.setDoOutput(true);
                connection.setRequestProperty("Content-Type", "application/json");
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(json.getBytes(StandardCharsets.UTF_8));
                }
            }
            int status = connection.getResponseCode();
            InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
            String body;
            if (in == null) {
                body = "";
            } else {
                try (in) { // read to the end and close: the connection goes back to the keep-alive cache
                    body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            return new RestClient.Answer(status, body);
        } catch (IOException e) {
            throw new BenchmarkFailure(method + " " + pathAndQuery + " failed: " + e.getMessage(), e);
        }
    }
}
