package com.outcomes.preview;

import java.time.Clock;

import com.outcomes.OutcomesCore;
import com.outcomes.port.AccessPolicy;
import com.outcomes.port.WorkTracker;
import com.outcomes.preview.auth.RequestUser;
import com.outcomes.preview.auth.UserDirectory;

/**
 * What the preview's HTML pages need: core's services, the work data, the permissions, the user of
 * the current request (set by the Basic auth filter) and the clock. Handed to the page servlets in
 * {@link PreviewHost#pageRoutes(PreviewContext)}.
 */
public record PreviewContext(
        OutcomesCore core,
        WorkTracker work,
        AccessPolicy access,
        RequestUser requestUser,
        UserDirectory users,
        Clock clock) {
}
