package com.outcomes.port;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.outcomes.domain.Reminder;
import com.outcomes.domain.ReminderKey;

/**
 * Where reminders are kept (DESIGN §3b). A reminder is claimed before it is sent: the store refuses a second claim of
 * the same key even from another node at the same moment. Throws {@link PersistenceException} when the database fails.
 */
public interface ReminderStore {

    /**
     * Stores the reminder as not yet delivered, in its own committed transaction.
     *
     * @return the stored reminder, to be settled once its mail was tried, or empty when this key was claimed already
     *     (by this node or another)
     */
    Optional<Claimed> claim(ReminderKey key, String issueKey, String owner, Instant createdAt);

    /** A reminder this run claimed: stored as not yet delivered. */
    interface Claimed {

        Reminder reminder();

        /**
         * Records how delivery went, in its own committed transaction: delivered, or the error (without class names)
         * that stopped it. Written to the row the claim inserted, without reading it again.
         */
        void settle(boolean delivered, String error);
    }

    /** Which of these keys are claimed already: one query per thousand keys, so a run skips them without a write. */
    Set<ReminderKey> claimed(Collection<ReminderKey> keys);

    /**
     * Reminders newest first.
     *
     * @param owner    only this owner's; null for everyone's
     * @param metricId only this metric's; null for every metric
     */
    List<Reminder> list(String owner, Long metricId);
}
