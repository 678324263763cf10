package com.outcomes.jira.job;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.status.RunOutcome;
import com.outcomes.OutcomesCore;
import com.outcomes.jira.JiraOutcomesCore;
import com.outcomes.service.Job;
import com.outcomes.service.JobResult;

public class ComputeAndRemindJobRunnerTest {

    /** 23:30 UTC on 30 November is already 1 December on a server in Auckland. */
    private static final Instant NOW = Instant.parse("2026-11-30T23:30:00Z");
    private static final ZoneId SERVER_ZONE = ZoneId.of("Pacific/Auckland");

    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final JiraOutcomesCore jiraCore = mock(JiraOutcomesCore.class);
    private final OutcomesCore core = mock(OutcomesCore.class);
    private final Job job = mock(Job.class);
    private final ComputeAndRemindJobRunner runner =
            new ComputeAndRemindJobRunner(scheduler, jiraCore, Clock.fixed(NOW, SERVER_ZONE));

    @Before
    public void coreHasTheJob() {
        when(jiraCore.core()).thenReturn(core);
        when(core.job()).thenReturn(job);
    }

    @Test
    public void startRegistersTheRunnerAndSchedulesItHourlyOncePerCluster() throws Exception {
        // when the plugin starts on a node
        runner.onStart();

        // then this runner is registered under the plugin's key
        verify(scheduler).registerJobRunner(JobRunnerKey.of("com.outcomes.jira.job.ComputeAndRemindJobRunner"), runner);

        // and one cluster-wide job runs it every hour, first a few minutes after the start
        ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler).scheduleJob(eq(JobId.of("com.outcomes.jira.job.ComputeAndRemindJobRunner.hourly")),
                config.capture());
        assertEquals(ComputeAndRemindJobRunner.RUNNER_KEY, config.getValue().getJobRunnerKey());
        assertEquals(RunMode.RUN_ONCE_PER_CLUSTER, config.getValue().getRunMode());
        assertEquals(3_600_000L, config.getValue().getSchedule().getIntervalScheduleInfo().getIntervalInMillis());
        assertEquals(Date.from(NOW.plusSeconds(300)),
                config.getValue().getSchedule().getIntervalScheduleInfo().getFirstRunTime());
    }

    @Test
    public void stopUnregistersTheRunnerAndKeepsTheClusterWideSchedule() {
        // when one node stops the plugin
        runner.onStop();

        // then only its runner goes; the other nodes keep running the job
        verify(scheduler).unregisterJobRunner(ComputeAndRemindJobRunner.RUNNER_KEY);
        verify(scheduler, never()).registerJobRunner(any(), any());
    }

    @Test
    public void aScheduleTheSchedulerRefusesLeavesTheRunnerRegisteredAndTheStartGoingOn() throws Exception {
        // given
        doThrow(new SchedulerServiceException("database unavailable")).when(scheduler).scheduleJob(any(), any());

        // when (no exception: the plugin must still start)
        runner.onStart();

        // then POST /jobs/run and a later start can still run it
        verify(scheduler).registerJobRunner(ComputeAndRemindJobRunner.RUNNER_KEY, runner);
    }

    @Test
    public void aRunIsCoresJobAsOfTheServersToday() {
        // given
        when(job.run(LocalDate.of(2026, 12, 1))).thenReturn(new JobResult(3, 2, 1));

        // when
        JobRunnerResponse response = runner.runJob(mock(JobRunnerRequest.class));

        // then
        verify(job).run(LocalDate.of(2026, 12, 1));
        assertEquals(RunOutcome.SUCCESS, response.getRunOutcome());
        assertEquals("Compute and remind as of 2026-12-01: 3 readings computed, 2 reminders, 1 error.", response.getMessage());
    }

    @Test
    public void aFailingRunAnswersFailedInsteadOfThrowing() {
        // given
        IllegalStateException failure = new IllegalStateException("The database did not answer.");
        when(job.run(any())).thenThrow(failure);

        // when
        JobRunnerResponse response = runner.runJob(mock(JobRunnerRequest.class));

        // then
        assertSame(RunOutcome.FAILED, response.getRunOutcome());
        assertThat(response.getMessage(), containsString("as of 2026-12-01 stopped: The database did not answer."));
    }
}
