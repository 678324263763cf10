package com.outcomes.store;

import net.java.ao.RawEntity;

/** Every Active Objects entity of the plugin: what the Jira descriptor declares and migrate() creates. */
public final class StoreEntities {

    @SuppressWarnings("unchecked")
    public static final Class<? extends RawEntity<?>>[] ALL = new Class[] {
            MetricEntity.class, ReadingEntity.class, CorrectionEntity.class, EpicRiceEntity.class,
            CheckInEntity.class, ClosureEntity.class, ReminderEntity.class, ComputeClaimEntity.class,
            WriteStampEntity.class};

    private StoreEntities() {
    }
}
