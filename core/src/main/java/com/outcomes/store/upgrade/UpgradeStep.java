package com.outcomes.store.upgrade;

import com.outcomes.port.Persistence;

/**
 * One change of the store schema or data, from {@code toVersion() - 1} to {@code toVersion()}. Host-neutral:
 * the preview runs steps through {@link SchemaUpgrader}; the Jira plugin wraps each step in an
 * {@code ActiveObjectsUpgradeTask} with the same model version. A step migrates the entities it needs (a frozen
 * copy of an old entity when it must read the old shape), changes rows page by page, and never drops data.
 */
public interface UpgradeStep {

    int toVersion();

    void upgrade(Persistence persistence);
}
