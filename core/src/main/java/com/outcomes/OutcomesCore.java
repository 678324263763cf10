package com.outcomes;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;

import com.outcomes.i18n.Messages;
import com.outcomes.port.AccessPolicy;
import com.outcomes.port.Persistence;
import com.outcomes.port.Templates;
import com.outcomes.port.WorkTracker;
import com.outcomes.rest.Caller;
import com.outcomes.rest.DashboardResource;
import com.outcomes.rest.ErrorMapper;
import com.outcomes.rest.LintResource;
import com.outcomes.rest.MetricResource;
import com.outcomes.rest.OutcomeEpicsResource;
import com.outcomes.rest.RestSupport;
import com.outcomes.rest.SprintResource;
import com.outcomes.rest.TransportRules;
import com.outcomes.service.DashboardService;
import com.outcomes.service.EpicService;
import com.outcomes.service.LintService;
import com.outcomes.service.EvaluationBatch;
import com.outcomes.service.MetricService;
import com.outcomes.service.Permissions;
import com.outcomes.service.ReadingService;
import com.outcomes.service.SprintReviewService;
import com.outcomes.store.MetricRepository;
import com.outcomes.store.ReadingRepository;
import com.outcomes.store.RiceRepository;
import com.outcomes.view.DashboardHtml;
import com.outcomes.view.I18n;

/**
 * Composition root for hosts that have no dependency injection of their own (the preview, tests):
 * builds every repository, service and REST singleton from the four host ports. The Jira plugin wires
 * the same classes through Spring instead.
 */
public final class OutcomesCore {

    private final MetricRepository metricRepository;
    private final ReadingRepository readingRepository;
    private final MetricService metrics;
    private final ReadingService readings;
    private final DashboardService dashboard;
    private final SprintReviewService sprintReview;
    private final LintService lint;
    private final EpicService epics;
    private final Set<Object> restSingletons;

    /**
     * @param templates renders core's Velocity templates (the gadget's content served by the REST API); the REST
     *                  singletons built here answer in English with links on the root path, as the preview serves
     */
    public OutcomesCore(Persistence persistence, WorkTracker work, AccessPolicy access, Clock clock, Templates templates) {
        metricRepository = new MetricRepository(persistence);
        readingRepository = new ReadingRepository(persistence);
        RiceRepository riceRepository = new RiceRepository(persistence);
        Permissions permissions = new Permissions(access);
        EvaluationBatch evaluations = new EvaluationBatch(readingRepository);

        metrics = new MetricService(metricRepository, evaluations, permissions, clock);
        readings = new ReadingService(readingRepository, metricRepository, metrics, permissions, clock);
        dashboard = new DashboardService(work, metricRepository, evaluations, permissions);
        sprintReview = new SprintReviewService(work, metricRepository, evaluations, permissions, clock);
        lint = new LintService(work, metricRepository, evaluations, permissions);
        epics = new EpicService(work, riceRepository, permissions, clock);

        Messages messages = Messages.english();
        Caller caller = new Caller(access);
        RestSupport support = new RestSupport(clock, messages);
        Set<Object> singletons = new LinkedHashSet<>();
        singletons.add(new MetricResource(metrics, readings, caller, support));
        singletons.add(new DashboardResource(dashboard, caller, support,
                new DashboardHtml(templates, I18n::english, () -> "", clock.getZone())));
        singletons.add(new SprintResource(sprintReview, caller, support));
        singletons.add(new LintResource(lint, caller, support));
        singletons.add(new OutcomeEpicsResource(epics, caller, support));
        singletons.add(new ErrorMapper(messages));
        singletons.add(new TransportRules());
        restSingletons = Set.copyOf(singletons);
    }

    /** JAX-RS resources and providers, ready to register with a Jersey {@code ResourceConfig}. */
    public Set<Object> restSingletons() {
        return restSingletons;
    }

    public MetricService metrics() {
        return metrics;
    }

    public ReadingService readings() {
        return readings;
    }

    public DashboardService dashboard() {
        return dashboard;
    }

    public SprintReviewService sprintReview() {
        return sprintReview;
    }

    public LintService lint() {
        return lint;
    }

    public EpicService epics() {
        return epics;
    }

    public MetricRepository metricRepository() {
        return metricRepository;
    }

    public ReadingRepository readingRepository() {
        return readingRepository;
    }
}
