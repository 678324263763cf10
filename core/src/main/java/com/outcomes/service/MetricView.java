package com.outcomes.service;

import com.outcomes.domain.Metric;
import com.outcomes.domain.MetricEvaluation;

/** A metric with its computed fields as of one day. */
public record MetricView(Metric metric, MetricEvaluation evaluation) {
}
