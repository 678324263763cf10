package com.outcomes.preview.demo;

import java.util.List;

import com.outcomes.domain.MetricDefinition;
import com.outcomes.domain.NewReading;

/**
 * A metric of the demo portfolio with its reading history. {@code parentName} names the outcome
 * metric a leading indicator predicts (its id is known only once that metric is stored);
 * {@code correction}, if any, is recorded after the history and supersedes one of its readings.
 */
public record DemoMetric(String issueKey, MetricDefinition definition, String parentName, List<NewReading> readings,
                         Correction correction) {

    public DemoMetric {
        readings = List.copyOf(readings);
    }

    /** Replaces the reading at {@code readingIndex} with {@code value}, explaining why in {@code note}. */
    public record Correction(int readingIndex, double value, String note) {
    }
}
