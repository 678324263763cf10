package com.outcomes.bench;

/**
 * How much of each case to run: warm-up and measured runs per case, recordings per client, CSV lines, the
 * concurrency case (viewers in a closed loop for a number of seconds while a writer records readings at a rate), and
 * the cases whose runs hold the scale ×5 portfolio's dashboard.
 */
public record BenchConfig(int warmup, int runs, int recordingsPerClient, int csvLines, Concurrency concurrency,
                          Scale scale) {

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

    /**
     * Warm-up and measured runs of the cases that hold the scale ×5 portfolio's dashboard: its comparison with the floor
     * and the growth curve, whose rounds it dominates. Fewer than the other cases' (a run of the three whole-portfolio
     * figures at 1,000 outcomes costs about a second), never fewer than 30 measured runs in a report.
     */
    public record Scale(int warmup, int runs) {

        public Scale {
            if (warmup < 0 || runs < 1) {
                throw new IllegalArgumentException("runs must be positive, warm-up runs not negative");
            }
        }
    }
}
