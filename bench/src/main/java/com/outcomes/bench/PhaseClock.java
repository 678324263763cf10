package com.outcomes.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wall time of each phase of the run, logged as each one ends and summed up for the report: the whole run must
 * stay under 10 minutes on the 2-core machine, and this says where the time goes.
 */
final class PhaseClock {

    private static final Logger LOG = LoggerFactory.getLogger(PhaseClock.class);

    private final long started = System.nanoTime();
    private final List<String> ended = new ArrayList<>();
    private String phase;
    private long phaseStarted;

    /** Ends the phase running, if any, and starts the next. */
    void start(String name) {
        end();
        phase = name;
        phaseStarted = System.nanoTime();
    }

    /** Ends the phase running, if any. */
    void end() {
        if (phase == null) {
            return;
        }
        double seconds = (System.nanoTime() - phaseStarted) / 1e9;
        LOG.info("phase '{}' took {} s ({} s since the start)", phase, format(seconds), format((System.nanoTime() - started) / 1e9));
        ended.add(phase + " " + format(seconds) + " s");
        phase = null;
    }

    /** The ended phases in order, with the time since the clock started. */
    String summary() {
        return String.join(", ", ended) + "; " + format((System.nanoTime() - started) / 1e9) + " s in all";
    }

    private static String format(double seconds) {
        return String.format(Locale.ROOT, "%.1f", seconds);
    }
}
