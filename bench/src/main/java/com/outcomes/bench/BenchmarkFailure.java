package com.outcomes.bench;

/** The benchmark could not measure what it was asked to (a wrong answer, an unreachable database, …). */
public class BenchmarkFailure extends RuntimeException {

    public BenchmarkFailure(String message) {
        super(message);
    }

    public BenchmarkFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
