package com.outcomes.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Readings recorded over HTTP to one metric by {@value #CLIENTS} concurrent clients, each posting its share one
 * after another: warm-up posts first, then the timed ones. Shared by the database cases and the durability case, so
 * both time exactly the same requests.
 */
final class RecordingCase {

    static final int CLIENTS = 8;

    private final int warmupPerClient;
    private final int perClient;
    private final String body;

    RecordingCase(int warmupPerClient, int perClient, LocalDate measuredAt) {
        this.warmupPerClient = warmupPerClient;
        this.perClient = perClient;
        this.body = "{\"value\": 42.5, \"measuredAt\": \"" + measuredAt + "\", \"note\": \"bench\"}";
    }

    /** Throughput and latency of the timed posts; statements per reading counted on one more post afterwards. */
    DatabaseResults.Recording run(BenchHost host, long metricId) throws Exception {
        String path = "/metrics/" + metricId + "/readings";
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            post(pool, host, path, warmupPerClient);
            long started = System.nanoTime();
            List<Long> latencies = post(pool, host, path, perClient);
            double seconds = (System.nanoTime() - started) / 1e9;
            host.resetCounters();
            new RestClient(host.restBase(), "admin", "admin").postJson(path, body).expect(201, "recording a reading");
            return new DatabaseResults.Recording(CLIENTS, CLIENTS * perClient, seconds, Samples.ofNanos(latencies),
                    host.statements());
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Long> post(ExecutorService pool, BenchHost host, String path, int count) throws Exception {
        List<Future<List<Long>>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(pool.submit(() -> {
                RestClient client = new RestClient(host.restBase(), "admin", "admin");
                List<Long> nanos = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    long started = System.nanoTime();
                    client.postJson(path, body).expect(201, "recording a reading");
                    nanos.add(System.nanoTime() - started);
                }
                return nanos;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> client : clients) {
            all.addAll(client.get());
        }
        return all;
    }
}
