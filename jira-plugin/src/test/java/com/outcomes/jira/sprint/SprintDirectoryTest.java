package com.outcomes.jira.sprint;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.Optional;

import org.joda.time.DateTime;
import org.joda.time.DateTimeZone;
import org.junit.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

import com.atlassian.greenhopper.service.ServiceOutcome;
import com.atlassian.greenhopper.service.sprint.SprintManager;
import com.outcomes.port.Sprint;

public class SprintDirectoryTest {

    private final BundleContext bundleContext = mock(BundleContext.class);
    private final SprintDirectory directory = new SprintDirectory(bundleContext);

    @Test
    public void withoutJiraSoftwareThereIsNoAnswer() {
        // given no sprint service in the OSGi registry
        when(bundleContext.getServiceReference(SprintDirectory.SPRINT_MANAGER)).thenReturn(null);

        assertEquals(Optional.empty(), directory.sprint(7));
    }

    @Test
    public void readsNameStateAndCalendarDatesAndReleasesTheService() {
        // given Jira Software's sprint 7, started and ended late in the evening in UTC+10
        ServiceReference<?> reference = mock(ServiceReference.class);
        SprintManager manager = sprintManagerAnswering(7L, sprint("Sprint 7", com.atlassian.greenhopper.service.sprint.Sprint.State.ACTIVE,
                new DateTime(2026, 9, 21, 23, 30, DateTimeZone.forOffsetHours(10)),
                new DateTime(2026, 10, 2, 23, 30, DateTimeZone.forOffsetHours(10))));
        doReturn(reference).when(bundleContext).getServiceReference(SprintDirectory.SPRINT_MANAGER);
        doReturn(manager).when(bundleContext).getService(reference);

        Optional<Optional<Sprint>> answer = directory.sprint(7);

        assertEquals(Optional.of(Optional.of(new Sprint(7, "Sprint 7", "active",
                LocalDate.of(2026, 9, 21), LocalDate.of(2026, 10, 2)))), answer);
        verify(bundleContext).ungetService(reference);
    }

    @Test
    public void anUnknownSprintIsAnAnswerToo() {
        // given Jira Software answering "no such sprint" (an invalid outcome)
        ServiceReference<?> reference = mock(ServiceReference.class);
        SprintManager manager = mock(SprintManager.class);
        @SuppressWarnings("unchecked")
        ServiceOutcome<com.atlassian.greenhopper.service.sprint.Sprint> invalid = mock(ServiceOutcome.class);
        when(invalid.isValid()).thenReturn(false);
        when(manager.getSprint(8L)).thenReturn(invalid);
        doReturn(reference).when(bundleContext).getServiceReference(SprintDirectory.SPRINT_MANAGER);
        doReturn(manager).when(bundleContext).getService(reference);

        assertEquals(Optional.of(Optional.empty()), directory.sprint(8));
        verify(bundleContext).ungetService(reference);
    }

    @Test
    public void aFailingSprintServiceFallsBackInsteadOfFailing() {
        // given a sprint service that throws (e.g. an incompatible Jira Software version)
        ServiceReference<?> reference = mock(ServiceReference.class);
        SprintManager manager = mock(SprintManager.class);
        when(manager.getSprint(9L)).thenThrow(new IllegalStateException("boom"));
        doReturn(reference).when(bundleContext).getServiceReference(SprintDirectory.SPRINT_MANAGER);
        doReturn(manager).when(bundleContext).getService(reference);

        assertEquals(Optional.empty(), directory.sprint(9));
        verify(bundleContext).ungetService(reference);
    }

    private static SprintManager sprintManagerAnswering(Long id, com.atlassian.greenhopper.service.sprint.Sprint sprint) {
        SprintManager manager = mock(SprintManager.class);
        @SuppressWarnings("unchecked")
        ServiceOutcome<com.atlassian.greenhopper.service.sprint.Sprint> outcome = mock(ServiceOutcome.class);
        when(outcome.isValid()).thenReturn(true);
        when(outcome.getValue()).thenReturn(sprint);
        when(manager.getSprint(id)).thenReturn(outcome);
        return manager;
    }

    private static com.atlassian.greenhopper.service.sprint.Sprint sprint(String name,
            com.atlassian.greenhopper.service.sprint.Sprint.State state, DateTime start, DateTime end) {
        com.atlassian.greenhopper.service.sprint.Sprint sprint = mock(com.atlassian.greenhopper.service.sprint.Sprint.class);
        when(sprint.getName()).thenReturn(name);
        when(sprint.getState()).thenReturn(state);
        when(sprint.getStartDate()).thenReturn(start);
        when(sprint.getEndDate()).thenReturn(end);
        return sprint;
    }
}
