package com.outcomes.preview.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Plays Jira's web server for {@link JiraPagesBrowserTest}, on one origin like Jira: the test's pages, the plugin's
 * built files at {@code /plugin/<location>} (from jira-plugin's target/classes, then core's jar — inside the plugin
 * jar both sit at the bundle root), the test doubles of Jira's own web resources at {@code /stub/}, WebJars at
 * {@code /webjars/}, AUI's stylesheet at {@code /aui/}, and {@code /rest/} forwarded to the running preview as the user admin (the preview serves the
 * same REST API as the plugin).
 */
final class JiraPageServer implements AutoCloseable {

    private static final String STUBS = "com/outcomes/preview/browser/jira/";
    private static final Map<String, String> TYPES = Map.of("js", "text/javascript; charset=UTF-8",
            "css", "text/css; charset=UTF-8", "html", "text/html; charset=UTF-8", "woff", "font/woff",
            "svg", "image/svg+xml");
    private static final List<String> FORWARDED_HEADERS = List.of("Accept", "Content-Type", "X-Atlassian-Token");

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, String> pages = new ConcurrentHashMap<>();
    private final Path pluginClasses;
    private final URI preview;
    private final String authorization;

    JiraPageServer(Path pluginClasses, URI preview, String user, String password) throws IOException {
        this.pluginClasses = pluginClasses.toAbsolutePath().normalize();
        this.preview = preview;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** Serves html at path (replacing what was there). */
    void page(String path, String html) {
        pages.put(path, html);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith("/rest/")) {
                forward(exchange);
                return;
            }
            if (pages.containsKey(path)) {
                send(exchange, 200, "html", pages.get(path).getBytes(StandardCharsets.UTF_8));
                return;
            }
            byte[] body = null;
            if (path.contains("..")) {
                body = null;
            } else if (path.startsWith("/plugin/")) {
                body = pluginFile(path.substring("/plugin/".length()));
            } else if (path.startsWith("/stub/")) {
                body = classpath(STUBS + path.substring("/stub/".length()));
            } else if (path.startsWith("/aui/")) {
                body = classpath(path.substring(1)); // AUI's dist as the preview's build copied it
            } else if (path.startsWith("/webjars/")) {
                body = classpath("META-INF/resources" + path);
            }
            if (body == null) {
                send(exchange, 404, "html", "not found".getBytes(StandardCharsets.UTF_8));
            } else {
                send(exchange, 200, path.substring(path.lastIndexOf('.') + 1), body);
            }
        }
    }

    private byte[] pluginFile(String location) throws IOException {
        Path file = pluginClasses.resolve(location).normalize();
        if (file.startsWith(pluginClasses) && Files.isRegularFile(file)) {
            return Files.readAllBytes(file);
        }
        return classpath(location);
    }

    private static byte[] classpath(String name) throws IOException {
        try (InputStream in = JiraPageServer.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    private void forward(HttpExchange exchange) throws IOException {
        URI raw = exchange.getRequestURI();
        URI target = preview.resolve(raw.getRawPath() + (raw.getRawQuery() == null ? "" : "?" + raw.getRawQuery()));
        byte[] requestBody = exchange.getRequestBody().readAllBytes();
        HttpRequest.Builder request = HttpRequest.newBuilder(target).header("Authorization", authorization)
                .method(exchange.getRequestMethod(), requestBody.length == 0
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(requestBody));
        for (String header : FORWARDED_HEADERS) {
            String value = exchange.getRequestHeaders().getFirst(header);
            if (value != null) {
                request.header(header, value);
            }
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            response.headers().firstValue("Content-Type").ifPresent(type -> exchange.getResponseHeaders().set("Content-Type", type));
            byte[] body = response.body();
            exchange.sendResponseHeaders(response.statusCode(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.sendResponseHeaders(503, -1);
        }
    }

    private static void send(HttpExchange exchange, int status, String extension, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
