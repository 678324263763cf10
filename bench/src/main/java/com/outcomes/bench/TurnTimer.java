package com.outcomes.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Times cases run by run in turn: every case warmed up first, then run 1 of each, run 2 of each, and so on. In turn,
 * not one case after the other, because the machine's speed drifts (shared cores): figures compared with each other
 * (a dashboard and its floor, the points of the growth curve) must come from runs made under the same conditions.
 */
final class TurnTimer {

    private final int warmup;
    private final int runs;

    TurnTimer(int warmup, int runs) {
        if (warmup < 0 || runs < 1) {
            throw new IllegalArgumentException("warm-up runs must not be negative, measured runs must be positive");
        }
        this.warmup = warmup;
        this.runs = runs;
    }

    /** @return one {@link Samples} per case, in the order given */
    List<Samples> inTurn(List<Callable<?>> cases) throws Exception {
        for (int i = 0; i < warmup; i++) {
            for (Callable<?> work : cases) {
                work.call();
            }
        }
        List<List<Long>> nanos = new ArrayList<>();
        cases.forEach(work -> nanos.add(new ArrayList<>(runs)));
        for (int run = 0; run < runs; run++) {
            for (int c = 0; c < cases.size(); c++) {
                long started = System.nanoTime();
                if (cases.get(c).call() == null) {
                    throw new BenchmarkFailure("a measured case returned nothing");
                }
                nanos.get(c).add(System.nanoTime() - started);
            }
        }
        return nanos.stream().map(Samples::ofNanos).toList();
    }

    Samples alone(Callable<?> work) throws Exception {
        return inTurn(List.of(work)).get(0);
    }
}
