package com.outcomes.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.outcomes.domain.IssueKeys;
import com.outcomes.domain.Metric;
import com.outcomes.domain.MetricKind;
import com.outcomes.domain.ObservedChange;
import com.outcomes.domain.ReadingHistory;
import com.outcomes.domain.RiceScore;
import com.outcomes.domain.Spearman;
import com.outcomes.port.EpicWork;
import com.outcomes.port.IssueRef;
import com.outcomes.service.ProjectReader.ProjectData;

/** How well a project's RICE impact guesses ranked what its outcomes then did (DESIGN §3b "RICE calibration"). */
public final class CalibrationService {

    private final ProjectReader reader;

    public CalibrationService(ProjectReader reader) {
        this.reader = reader;
    }

    /** 400 {@code project} when blank; 404 a project unknown or not browsable by the caller. */
    public Calibration calibration(String user, String projectKey, LocalDate asOf) {
        ProjectData data = reader.read(user, projectKey, asOf);
        List<Calibration.Point> points = new ArrayList<>();
        for (IssueRef outcome : data.outcomes()) {
            Optional<Metric> outcomeMetric = outcomeMetricOf(outcome.key(), data.metrics());
            Map<String, RiceScore> rice = data.riceByOutcome().getOrDefault(outcome.key(), Map.of());
            if (outcomeMetric.isEmpty() || rice.isEmpty()) {
                continue;
            }
            ReadingHistory history = data.histories().getOrDefault(outcomeMetric.get().id(), ReadingHistory.empty());
            List<IssueRef> epics = data.epicsByOutcome().getOrDefault(outcome.key(), List.of()).stream()
                    .sorted(Comparator.comparing(IssueRef::key, IssueKeys.BY_NUMBER)).toList();
            for (IssueRef epic : epics) {
                EpicWork w = data.workByEpic().get(epic.key());
                RiceScore score = rice.get(epic.key());
                ObservedChange observed = observed(w, outcomeMetric.get(), history, asOf);
                if (score != null && observed != null) {
                    points.add(new Calibration.Point(outcome, w.epic(), score, observed));
                }
            }
        }
        Double rho = Spearman.rho(points.stream()
                .map(p -> new Spearman.Pair(p.rice().impact(), p.observed().progressChange())).toList());
        return new Calibration(projectKey, asOf, rho, points);
    }

    /** The outcome's OUTCOME metric: the first defined (DESIGN §3 allows one). */
    static Optional<Metric> outcomeMetricOf(String outcomeKey, List<Metric> metrics) {
        return metrics.stream()
                .filter(m -> m.issueKey().equals(outcomeKey) && m.kind() == MetricKind.OUTCOME)
                .min(Comparator.comparingLong(Metric::id));
    }

    /** Observed change for an epic done as of {@code asOf} (has issues, all done, the last one by then); else null. */
    static ObservedChange observed(EpicWork w, Metric outcomeMetric, ReadingHistory history, LocalDate asOf) {
        if (w == null || !w.finished() || w.lastDone() == null || w.lastDone().isAfter(asOf)) {
            return null;
        }
        return ObservedChange.of(outcomeMetric.definition(), history, w.firstDone(), w.lastDone(), asOf);
    }
}
