package com.outcomes.port;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.outcomes.domain.CheckIn;
import com.outcomes.domain.NewCheckIn;

/**
 * Where check-ins on outcomes are kept (DESIGN §3b). Append-only: there is no update or delete. Lists are newest
 * first (created time, then insertion order). Every method throws {@link PersistenceException} when the database fails.
 */
public interface CheckInStore {

    /** Stores one validated check-in and returns it as stored. */
    CheckIn append(String issueKey, NewCheckIn checkIn, String createdBy, Instant createdAt);

    /** Every check-in of the outcome, newest first. */
    List<CheckIn> of(String issueKey);

    /**
     * The latest check-in of each given outcome that has one (outcomes without any are not keys), in a number of
     * queries that does not grow with the outcomes: the read behind a dashboard.
     */
    Map<String, CheckIn> latestOf(Collection<String> issueKeys);

    /**
     * The check-ins of the given outcomes created in {@code [from, to)}, newest first; every requested key is a key,
     * with an empty list when it has none. A number of queries that does not grow with the outcomes.
     */
    Map<String, List<CheckIn>> between(Collection<String> issueKeys, Instant from, Instant to);
}
