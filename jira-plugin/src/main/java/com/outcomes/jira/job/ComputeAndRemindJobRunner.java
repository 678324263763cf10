package com.outcomes.jira.job;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import com.outcomes.i18n.Messages;
import com.outcomes.jira.JiraOutcomesCore;
import com.outcomes.service.JobResult;

/**
 * "Compute and remind" (DESIGN §3b) on Jira's cluster-wide scheduler: every hour, on one node of the cluster
 * ({@link RunMode#RUN_ONCE_PER_CLUSTER}), core's {@code Job} runs as of the server's today.
 *
 * <p>Lifecycle: SAL's {@link LifecycleAware}, as {@code OutcomesInstaller} uses it — called once Jira is up and the
 * plugin enabled, on every node. The runner is registered in {@link #onStart()} and unregistered in {@link #onStop()}:
 * a runner is node-local, so each node registers its own. The schedule is kept on stop: it is one cluster-wide row,
 * and {@code onStop} also runs when a single node shuts down (rolling restart, one node's plugin disabled), which must
 * not stop the job for the nodes still running. A node without the runner (plugin disabled everywhere) only makes the
 * scheduler skip the run; {@code onStart} schedules again under the same {@link JobId}, which replaces the job
 * (so a changed interval applies) instead of adding a second one.
 *
 * <p>The run is not wrapped in a transaction: core's job claims each (metric, day) and (metric, kind, due date) in
 * its own short transaction, so a second node or a {@code POST /jobs/run} at the same moment sees the claim at once;
 * one transaction around the whole run would hold every claim until the end and lock the rows it touched.
 */
@Named
@ExportAsService(LifecycleAware.class)
public final class ComputeAndRemindJobRunner implements JobRunner, LifecycleAware {

    private static final Logger LOG = LoggerFactory.getLogger(ComputeAndRemindJobRunner.class);

    /** Namespaced by the plugin's package, as atlassian-scheduler asks of plugins (keys are shared by all of Jira). */
    static final JobRunnerKey RUNNER_KEY = JobRunnerKey.of("com.outcomes.jira.job.ComputeAndRemindJobRunner");
    static final JobId JOB_ID = JobId.of("com.outcomes.jira.job.ComputeAndRemindJobRunner.hourly");
    static final Duration INTERVAL = Duration.ofHours(1);
    /** The first run waits for Jira to settle after a start (indexes, other plugins' start-up work). */
    static final Duration FIRST_RUN_DELAY = Duration.ofMinutes(5);

    private final SchedulerService scheduler;
    private final JiraOutcomesCore core;
    private final Clock clock;
    private final Messages messages = Messages.english();

    @Inject
    public ComputeAndRemindJobRunner(@ComponentImport SchedulerService scheduler, JiraOutcomesCore core) {
        // the server's zone: "today" is the Jira server's day, as for every asOf default (DESIGN §3)
        this(scheduler, core, Clock.systemDefaultZone());
    }

    ComputeAndRemindJobRunner(SchedulerService scheduler, JiraOutcomesCore core, Clock clock) {
        this.scheduler = scheduler;
        this.core = core;
        this.clock = clock;
    }

    @Override
    public void onStart() {
        scheduler.registerJobRunner(RUNNER_KEY, this);
        Date firstRun = Date.from(clock.instant().plus(FIRST_RUN_DELAY));
        JobConfig config = JobConfig.forJobRunnerKey(RUNNER_KEY)
                .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forInterval(INTERVAL.toMillis(), firstRun));
        try {
            scheduler.scheduleJob(JOB_ID, config);
        } catch (SchedulerServiceException e) {
            // The plugin still works and POST /jobs/run still runs the job; the next start tries again.
            LOG.error("Could not schedule Outcomes' hourly compute-and-remind job; it runs only on demand until the"
                    + " plugin is started again", e);
        }
    }

    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(RUNNER_KEY);
    }

    /** One run as of the server's today; a failure is answered to the scheduler (shown to admins), never thrown. */
    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        LocalDate today = LocalDate.now(clock);
        try {
            JobResult result = core.core().job().run(today);
            return JobRunnerResponse.success(messages.get("outcomes.jira.job.done", today.toString(),
                    result.computed(), result.reminders(), result.errors()));
        } catch (RuntimeException e) {
            LOG.error("Outcomes' compute-and-remind run as of {} stopped", today, e);
            String reason = e.getMessage() == null ? "" : e.getMessage();
            return JobRunnerResponse.failed(messages.get("outcomes.jira.job.failed", today.toString(), reason));
        }
    }
}
