package com.outcomes.bench;

/**
 * How much of each case to run: warm-up and measured runs per case, recordings per client, CSV lines, and the
 * concurrency case (viewers in a closed loop for a number of seconds while a writer records readings at a rate).
 */
public record BenchConfig(int warmup, int runs, int recordingsPerClient, int csvLines, Concurrency concurrency) {

    public BenchConfig {
        if (runs < 1 || warmup < 0 || recordingsPerClient < 1 || csvLines < 1) {
            throw new IllegalArgumentException("runs, recordings and CSV lines must be positive");
        }
    }

    /**
     * @param viewers     concurrent viewers, each a closed loop (next request when the previous answer is read)
     * @param seconds     measured duration, after {@code warmupSeconds} of the same load
     * @param writesPerSecond readings recorded per second while the viewers run
     * @param wholeShare  share of the viewers' requests that ask for the whole portfolio (the rest: one challenge)
     */
    public record Concurrency(int viewers, int seconds, int warmupSeconds, int writesPerSecond, double wholeShare) {

        public Concurrency {
            if (viewers < 1 || seconds < 1 || warmupSeconds < 0 || writesPerSecond < 1 || wholeShare < 0 || wholeShare > 1) {
                throw new IllegalArgumentException("viewers, seconds and writes per second must be positive, the share in 0..1");
            }
        }
    }
}
