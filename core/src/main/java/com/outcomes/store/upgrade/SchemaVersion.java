package com.outcomes.store.upgrade;

/** The schema version the code expects; raise it with each new {@link UpgradeStep}. */
public final class SchemaVersion {

    /** 1: METRIC, READING, EPIC_RICE, SCHEMA_INFO as first released. */
    public static final int CURRENT = 1;

    private SchemaVersion() {
    }
}
