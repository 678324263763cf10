package com.outcomes.bench;

/** How much of each case to run: warm-up and measured runs per case, recordings per client, CSV lines. */
public record BenchConfig(int warmup, int runs, int recordingsPerClient, int csvLines) {

    public BenchConfig {
        if (runs < 1 || warmup < 0 || recordingsPerClient < 1 || csvLines < 1) {
            throw new IllegalArgumentException("runs, recordings and CSV lines must be positive");
        }
    }
}
