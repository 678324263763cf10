package com.outcomes.preview.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failed logins counted per user name and per remote address, so that guessing one user's password from many
 * addresses, or many users' passwords from one address, is slowed alike ({@link LoginDelayPolicy}). A success resets
 * the counts of that user and that address.
 * <p>
 * Node-local and in memory, which suits the preview (one process; the counts need not outlive it). The memory is
 * bounded: counts are forgotten after a quiet spell, and beyond {@code maxTracked} the least recently failed are
 * dropped — a flood of made-up names can then reset counts early, but never lock anyone out.
 */
public final class FailedLogins {

    private static final String USER = "user:";
    private static final String ADDRESS = "address:";

    private final LoginDelayPolicy policy;
    private final Clock clock;
    private final Map<String, Count> counts;

    public FailedLogins(LoginDelayPolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
        this.counts = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Count> eldest) {
                return size() > policy.maxTracked();
            }
        };
    }

    /**
     * Records a failed login and returns how long to hold back its answer: the longer of the delays its user name and
     * its address have earned.
     *
     * @param user the name that was tried, or null when the credentials could not even be read
     */
    public synchronized Duration failed(String user, String address) {
        Instant now = clock.instant();
        int byAddress = increment(ADDRESS + address, now);
        int byUser = user == null ? 0 : increment(USER + user, now);
        Duration a = policy.delayAfter(byAddress);
        Duration u = policy.delayAfter(byUser);
        return a.compareTo(u) >= 0 ? a : u;
    }

    public synchronized void succeeded(String user, String address) {
        counts.remove(USER + user);
        counts.remove(ADDRESS + address);
    }

    /** Failures in a row of a user name, for tests and diagnostics. */
    public synchronized int failuresOfUser(String user) {
        return current(USER + user, clock.instant());
    }

    public synchronized int failuresFromAddress(String address) {
        return current(ADDRESS + address, clock.instant());
    }

    /** How many counts are held. */
    public synchronized int tracked() {
        return counts.size();
    }

    private int increment(String key, Instant now) {
        int failures = current(key, now) + 1;
        counts.put(key, new Count(failures, now));
        return failures;
    }

    private int current(String key, Instant now) {
        Count count = counts.get(key);
        if (count == null) {
            return 0;
        }
        if (Duration.between(count.last(), now).compareTo(policy.forgetAfter()) >= 0) {
            counts.remove(key);
            return 0;
        }
        return count.failures();
    }

    private record Count(int failures, Instant last) {
    }
}
