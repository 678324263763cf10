package com.outcomes;

import java.time.Clock;
import java.util.Set;
import java.util.function.Supplier;

import com.outcomes.i18n.Messages;
import com.outcomes.port.AccessPolicy;
import com.outcomes.port.AutomationPorts;
import com.outcomes.port.RefusingAutomation;
import com.outcomes.port.SharedCache;
import com.outcomes.port.Templates;
import com.outcomes.port.WorkTracker;
import com.outcomes.rest.CalibrationResource;
import com.outcomes.rest.Caller;
import com.outcomes.rest.CheckInResource;
import com.outcomes.rest.DashboardResource;
import com.outcomes.rest.ErrorMapper;
import com.outcomes.rest.JobResource;
import com.outcomes.rest.ReminderResource;
import com.outcomes.rest.LintResource;
import com.outcomes.rest.MetricResource;
import com.outcomes.rest.OutcomeEpicsResource;
import com.outcomes.rest.OutcomeLifecycleResource;
import com.outcomes.rest.RestSupport;
import com.outcomes.rest.SprintResource;
import com.outcomes.rest.TransportRules;
import com.outcomes.rest.TreeResource;
import com.outcomes.service.CalibrationService;
import com.outcomes.service.CheckInService;
import com.outcomes.service.ComputeAndRemindJob;
import com.outcomes.service.DashboardService;
import com.outcomes.service.EpicPanelService;
import com.outcomes.service.EpicService;
import com.outcomes.service.EvaluationBatch;
import com.outcomes.service.InProcessCaches;
import com.outcomes.service.IssuePanelService;
import com.outcomes.service.DueService;
import com.outcomes.service.Job;
import com.outcomes.service.JobControl;
import com.outcomes.service.ReminderService;
import com.outcomes.service.LifecycleService;
import com.outcomes.service.LintService;
import com.outcomes.service.MetricService;
import com.outcomes.service.Permissions;
import com.outcomes.service.ProjectReader;
import com.outcomes.service.ReadingService;
import com.outcomes.service.SprintReviewService;
import com.outcomes.service.TreeService;
import com.outcomes.store.CheckInRepository;
import com.outcomes.store.ClosureRepository;
import com.outcomes.store.ComputedReadingRepository;
import com.outcomes.store.ReminderRepository;
import com.outcomes.store.MetricRepository;
import com.outcomes.store.ReadingRepository;
import com.outcomes.store.RiceRepository;
import com.outcomes.store.StoreDatabase;
import com.outcomes.store.WriteStamps;
import com.outcomes.view.CalibrationViewFactory;
import com.outcomes.view.DashboardHtml;
import com.outcomes.view.EpicPanelViewFactory;
import com.outcomes.view.I18n;
import com.outcomes.view.IssuePanelViewFactory;
import com.outcomes.view.LearnedViewFactory;
import com.outcomes.view.MyMetricsViewFactory;
import com.outcomes.view.SprintReviewViewFactory;
import com.outcomes.view.TreeViewFactory;

/**
 * The one composition of core, used by every host (the Jira plugin through {@code JiraOutcomesCore}, the preview,
 * the benchmark, tests): from the host's ports it builds the repositories, the services, what the REST resources
 * share, and — per viewer language — the view factories. Hosts add only their adapters and their HTTP edge.
 *
 * <p>Stateless between requests but for the dashboard's shared evaluations, cached under the store's write version
 * read on each request (so never older than the last committed write on any node): everything else held is immutable
 * or reads the ports on each call.
 */
public final class OutcomesCore {

    private final Clock clock;
    private final MetricRepository metricRepository;
    private final ReadingRepository readingRepository;
    private final MetricService metrics;
    private final ReadingService readings;
    private final DashboardService dashboard;
    private final SprintReviewService sprintReview;
    private final LintService lint;
    private final EpicService epics;
    private final IssuePanelService issuePanel;
    private final EpicPanelService epicPanel;
    private final CheckInRepository checkInRepository;
    private final CheckInService checkIns;
    private final TreeService tree;
    private final CalibrationService calibration;
    private final Messages messages;
    private final Caller caller;
    private final RestSupport restSupport;
    private final Templates templates;
    private final ClosureRepository closureRepository;
    private final LifecycleService lifecycle;
    private final ComputeAndRemindJob job;
    private final JobControl jobControl;
    private final DueService due;
    private final ReminderService reminders;
    private final ReminderRepository reminderRepository;

    /**
     * @param clock     "today" for the services and the time zone of the views (Jira: the server's zone, DESIGN §3)
     * @param templates the host's Velocity (Jira: its TemplateRenderer), for the gadget's content served by the REST API
     */
    public OutcomesCore(StoreDatabase database, WorkTracker work, AccessPolicy access, Clock clock, Templates templates) {
        this(database, work, access, clock, templates, RefusingAutomation.ports());
    }

    /**
     * @param automation counting for computed metrics, mail for reminders and links for the mails (DESIGN §3b)
     */
    public OutcomesCore(StoreDatabase database, WorkTracker work, AccessPolicy access, Clock clock, Templates templates,
            AutomationPorts automation) {
        this(database, work, access, clock, templates, automation, new InProcessCaches());
    }

    /**
     * @param caches the host's caches for what the dashboard shares between viewers (Jira: Atlassian Cache); the other
     *               constructors use core's in-process ones, safe on any number of nodes because every key holds the
     *               store's write version ({@link WriteStamps})
     */
    public OutcomesCore(StoreDatabase database, WorkTracker work, AccessPolicy access, Clock clock, Templates templates,
            AutomationPorts automation, SharedCache.Factory caches) {
        this.clock = clock;
        this.templates = templates;
        metricRepository = new MetricRepository(database);
        readingRepository = new ReadingRepository(database);
        RiceRepository riceRepository = new RiceRepository(database);
        closureRepository = new ClosureRepository(database);
        Permissions permissions = new Permissions(access);
        checkInRepository = new CheckInRepository(database);
        EvaluationBatch evaluations = new EvaluationBatch(readingRepository, closureRepository);

        ComputedReadingRepository computedReadings = new ComputedReadingRepository(database, readingRepository,
                metricRepository);
        reminderRepository = new ReminderRepository(database);
        metrics = new MetricService(metricRepository, evaluations, permissions, clock, closureRepository,
                automation.counter(), computedReadings);
        readings = new ReadingService(readingRepository, metricRepository, metrics, permissions, clock,
                closureRepository);
        dashboard = new DashboardService(work, metricRepository, evaluations, permissions, checkInRepository,
                closureRepository, new WriteStamps(database), caches);
        lifecycle = new LifecycleService(work, metricRepository, evaluations, closureRepository, permissions, clock);
        sprintReview = new SprintReviewService(work, metricRepository, evaluations, permissions, clock,
                checkInRepository);
        lint = new LintService(work, metricRepository, evaluations, permissions);
        epics = new EpicService(work, riceRepository, permissions, clock, metricRepository, evaluations);
        ProjectReader projectReader = new ProjectReader(work, metricRepository, riceRepository, evaluations, permissions);
        tree = new TreeService(projectReader, evaluations);
        calibration = new CalibrationService(projectReader);
        issuePanel = new IssuePanelService(work, metricRepository, evaluations, readings, epics, permissions, clock,
                checkInRepository, closureRepository);
        epicPanel = new EpicPanelService(work, metrics, permissions, clock);
        checkIns = new CheckInService(work, checkInRepository, permissions, clock);

        job = new ComputeAndRemindJob(metricRepository, evaluations, computedReadings, reminderRepository, automation,
                work, permissions, clock);
        jobControl = new JobControl(job, permissions);
        due = new DueService(metricRepository, evaluations, permissions, work);
        reminders = new ReminderService(reminderRepository, permissions);

        caller = new Caller(access);
        // one set of services serves every user: each answer's texts are looked up in its caller's language
        messages = Messages.following(caller::locale);
        restSupport = new RestSupport(clock, messages);
    }

    // --- services -------------------------------------------------------------------------------------------

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

    /** Closing and reopening outcomes, and what was learned (DESIGN §3b). */
    public LifecycleService lifecycle() {
        return lifecycle;
    }

    /** The Outcome/Challenge panel's answer. */
    public IssuePanelService issuePanel() {
        return issuePanel;
    }

    /** The Epic panel's answer. */
    public EpicPanelService epicPanel() {
        return epicPanel;
    }

    /** Check-ins on outcomes. */
    public CheckInService checkIns() {
        return checkIns;
    }

    /** "Compute and remind" (DESIGN §3b), for the host's scheduler and {@code POST /jobs/run}. */
    public Job job() {
        return job;
    }

    /** Running the job now, administrators only ({@code POST /jobs/run}). */
    public JobControl jobControl() {
        return jobControl;
    }

    /** "My metrics": the caller's metrics due soon or stale. */
    public DueService due() {
        return due;
    }

    /** Reminders sent: an administrator's view of all, everyone else's of their own. */
    public ReminderService reminders() {
        return reminders;
    }

    /** "Today" for pages that compute as of today (the tree and calibration pages of both hosts). */
    public Clock clock() {
        return clock;
    }

    /** The outcome tree of a project (issue 17). */
    public TreeService tree() {
        return tree;
    }

    /** RICE predicted vs observed per project (issue 17). */
    public CalibrationService calibration() {
        return calibration;
    }

    // --- what the REST resources share (Jira's subclasses pass these to core's resources) --------------------

    public Caller caller() {
        return caller;
    }

    public RestSupport restSupport() {
        return restSupport;
    }

    /** The REST API's error texts. */
    public Messages messages() {
        return messages;
    }

    /**
     * Core's JAX-RS resources and providers as instances, for a host that registers them with a Jersey
     * {@code ResourceConfig} itself (the preview); Jira builds its own subclasses instead. Built on each call.
     */
    public Set<Object> restSingletons() {
        return Set.of(
                new MetricResource(metrics, readings, due, caller, restSupport),
                new ReminderResource(reminders, caller),
                new JobResource(jobControl, caller, restSupport),
                new DashboardResource(dashboard, caller, restSupport, dashboardHtml(() -> "")),
                new SprintResource(sprintReview, caller, restSupport),
                new LintResource(lint, caller, restSupport),
                new OutcomeEpicsResource(epics, caller, restSupport),
                new CheckInResource(checkIns, caller),
                new TreeResource(tree, caller, restSupport),
                new CalibrationResource(calibration, caller, restSupport),
                new OutcomeLifecycleResource(lifecycle, caller),
                new ErrorMapper(messages),
                new TransportRules());
    }

    /**
     * The gadget's content, rendered in each caller's language with issue links on the host's base URL (Jira's context
     * path, "" in the preview).
     */
    public DashboardHtml dashboardHtml(Supplier<String> baseUrl) {
        return new DashboardHtml(templates, () -> new I18n(caller.locale()), baseUrl, clock.getZone());
    }

    // --- views, in the viewer's language --------------------------------------------------------------------
    // Built per request: a few field assignments, where holding one per locale would be state kept for no gain.

    public IssuePanelViewFactory issuePanelViews(I18n i18n) {
        return new IssuePanelViewFactory(i18n, clock.getZone());
    }

    public EpicPanelViewFactory epicPanelViews(I18n i18n) {
        return new EpicPanelViewFactory(i18n, clock.getZone());
    }

    public SprintReviewViewFactory sprintReviewViews(I18n i18n) {
        return new SprintReviewViewFactory(i18n, clock.getZone());
    }

    public TreeViewFactory treeViews(I18n i18n) {
        return new TreeViewFactory(i18n, clock.getZone());
    }

    public CalibrationViewFactory calibrationViews(I18n i18n) {
        return new CalibrationViewFactory(i18n, clock.getZone());
    }

    /** "My metrics" (DESIGN §3b): the viewer's metrics due soon or stale, from {@link #due()}. */
    public MyMetricsViewFactory myMetricsViews(I18n i18n) {
        return new MyMetricsViewFactory(i18n, clock.getZone());
    }

    /** The "What we learned" page (DESIGN §3b). */
    public LearnedViewFactory learnedViews(I18n i18n) {
        return new LearnedViewFactory(i18n, clock.getZone());
    }

    // --- for hosts that seed data (the preview's demo) ------------------------------------------------------

    public MetricRepository metricRepository() {
        return metricRepository;
    }

    public ReadingRepository readingRepository() {
        return readingRepository;
    }

    public CheckInRepository checkInRepository() {
        return checkInRepository;
    }

    public ClosureRepository closureRepository() {
        return closureRepository;
    }

    public ReminderRepository reminderRepository() {
        return reminderRepository;
    }
}
