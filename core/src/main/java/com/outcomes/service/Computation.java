package com.outcomes.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;

import com.outcomes.domain.ComputeError;
import com.outcomes.domain.ComputedBy;
import com.outcomes.domain.ComputedValue;
import com.outcomes.domain.Metric;
import com.outcomes.domain.NewReading;
import com.outcomes.domain.Reading;
import com.outcomes.i18n.Messages;
import com.outcomes.port.ComputedReadingStore;
import com.outcomes.port.CountFailedException;
import com.outcomes.port.IssueCounter;
import com.outcomes.port.MetricStore;

/**
 * Computes one computed metric (DESIGN §3b), for the job and for "compute now": counts its JQL (and {@code per}) as the
 * owner, records the reading — {@code measuredAt} the day, source {@code jql}, recorded by the owner, note
 * {@code computed} — or stores why it could not as the metric's {@code lastComputeError}.
 */
final class Computation {

    static final String SOURCE = ComputedBy.READING_SOURCE;
    static final String NOTE = "computed";
    static final String PER_ZERO = "outcomes.compute.perZero";

    /** What one computation did. */
    sealed interface Outcome permits Recorded, AlreadyComputed, Failed {
    }

    record Recorded(Reading reading) implements Outcome {
    }

    /** Another run (or node) stored this metric's computed reading for the day first: nothing was stored. */
    record AlreadyComputed() implements Outcome {
    }

    /**
     * Nothing recorded. {@code field} is the definition field to blame ({@code computed.jql} or {@code computed.per});
     * {@code countFailed} tells a refused or impossible count (reminded as COMPUTE_FAILED) from a {@code per} of 0.
     */
    record Failed(String field, String message, boolean countFailed) implements Outcome {
    }

    private final IssueCounter counter;
    private final ComputedReadingStore computedReadings;
    private final MetricStore metrics;
    private final Clock clock;
    /** Stored errors are kept in the bundle's base language: they are shown to whoever looks later. */
    private final Messages stored = Messages.english();

    Computation(IssueCounter counter, ComputedReadingStore computedReadings, MetricStore metrics, Clock clock) {
        this.counter = counter;
        this.computedReadings = computedReadings;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** @param metric a computed metric with an owner */
    Outcome compute(Metric metric, LocalDate day) {
        ComputedBy computed = metric.definition().computed();
        String owner = metric.owner();
        long count;
        Long perCount = null;
        try {
            count = counter.count(computed.jql(), owner, day);
        } catch (CountFailedException e) {
            return failed(metric, "computed.jql", e.getMessage(), true);
        }
        if (computed.per() != null) {
            try {
                perCount = counter.count(computed.per(), owner, day);
            } catch (CountFailedException e) {
                return failed(metric, "computed.per", e.getMessage(), true);
            }
        }
        OptionalDouble value = ComputedValue.of(computed, count, perCount);
        if (value.isEmpty()) {
            return failed(metric, "computed.per", stored.get(PER_ZERO), false);
        }
        Optional<Reading> reading = computedReadings.append(metric.id(),
                new NewReading(value.getAsDouble(), day, NOTE, SOURCE, null), owner, clock.instant(),
                metric.lastComputeError() != null);
        return reading.<Outcome>map(Recorded::new).orElseGet(AlreadyComputed::new);
    }

    private Failed failed(Metric metric, String field, String message, boolean countFailed) {
        String text = message == null || message.isBlank() ? field : message;
        metrics.setComputeError(metric.id(), new ComputeError(clock.instant(), text));
        return new Failed(field, text, countFailed);
    }
}
