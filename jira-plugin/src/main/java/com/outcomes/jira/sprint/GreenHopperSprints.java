package com.outcomes.jira.sprint;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.joda.time.DateTime;

import com.atlassian.greenhopper.service.ServiceOutcome;
import com.atlassian.greenhopper.service.sprint.SprintManager;
import com.outcomes.port.Sprint;

/** The only class that names Jira Software types; loaded only once its sprint service was found. */
final class GreenHopperSprints {

    private GreenHopperSprints() {
    }

    static Optional<Sprint> read(Object sprintManager, long sprintId) {
        ServiceOutcome<com.atlassian.greenhopper.service.sprint.Sprint> outcome =
                ((SprintManager) sprintManager).getSprint(sprintId);
        if (outcome == null || !outcome.isValid() || outcome.getValue() == null) {
            return Optional.empty();
        }
        com.atlassian.greenhopper.service.sprint.Sprint sprint = outcome.getValue();
        String state = sprint.getState() == null ? null : sprint.getState().name().toLowerCase(Locale.ROOT);
        return Optional.of(new Sprint(sprintId, sprint.getName(), state, date(sprint.getStartDate()), date(sprint.getEndDate())));
    }

    /** The calendar date in the zone the timestamp carries (Jira Software stores it in the server's zone). */
    private static LocalDate date(DateTime time) {
        return time == null ? null : LocalDate.of(time.getYear(), time.getMonthOfYear(), time.getDayOfMonth());
    }
}
