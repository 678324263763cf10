package com.outcomes.service;

import java.time.Clock;
import java.util.List;

import com.outcomes.domain.CheckIn;
import com.outcomes.domain.CheckInValidator;
import com.outcomes.domain.FieldError;
import com.outcomes.domain.NewCheckIn;
import com.outcomes.domain.ValidationException;
import com.outcomes.error.NotFoundException;
import com.outcomes.port.CheckInStore;
import com.outcomes.port.IssueRef;
import com.outcomes.port.WorkTracker;

/**
 * Check-ins on an outcome (DESIGN §3b): browse the outcome to list them, edit it to add one. Only an Outcome issue
 * takes check-ins: a key the caller cannot see, that does not exist or names an epic or another issue is 404, as for
 * metrics; a Challenge is 400 naming {@code key}, since it is the one other issue of the portfolio a person can
 * mistake for an outcome and "not found" would mislead about an issue they can see.
 */
public final class CheckInService {

    private final WorkTracker work;
    private final CheckInStore checkIns;
    private final Permissions permissions;
    private final Clock clock;

    public CheckInService(WorkTracker work, CheckInStore checkIns, Permissions permissions, Clock clock) {
        this.work = work;
        this.checkIns = checkIns;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** The outcome's check-ins, newest first. */
    public List<CheckIn> checkInsOf(String user, String outcomeKey) {
        permissions.requireView(user, outcomeKey);
        requireOutcome(outcomeKey);
        return checkIns.of(outcomeKey);
    }

    /** Stores a check-in by the caller, now; a 2xx after this means it is on disk. */
    public CheckIn add(String user, String outcomeKey, NewCheckIn candidate) {
        permissions.requireEdit(user, outcomeKey);
        requireOutcome(outcomeKey);
        NewCheckIn valid = CheckInValidator.validate(candidate);
        return checkIns.append(outcomeKey, valid, user, clock.instant());
    }

    private void requireOutcome(String key) {
        IssueRef issue = work.issue(key).orElseThrow(() -> new NotFoundException("outcomes.error.issueNotFound", key));
        if (issue.isOfType(IssueRef.CHALLENGE)) {
            throw new ValidationException(new FieldError("key", "outcomes.checkin.error.challenge", key));
        }
        if (!issue.isOfType(IssueRef.OUTCOME)) {
            throw new NotFoundException("outcomes.checkin.error.notAnOutcome", key);
        }
    }
}
