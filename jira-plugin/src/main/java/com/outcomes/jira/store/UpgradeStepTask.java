package com.outcomes.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import com.outcomes.jira.ActiveObjectsPersistence;
import com.outcomes.store.upgrade.UpgradeStep;

/**
 * Runs one of core's host-neutral {@link UpgradeStep}s as an Active Objects upgrade task: the AO model version
 * is the step's target schema version. Each step gets a one-line subclass listed as {@code <upgradeTask>} in
 * atlassian-plugin.xml (AO instantiates the listed classes); none exist yet — schema version 1 is the first
 * release, which AO creates from the entities directly.
 */
public abstract class UpgradeStepTask implements ActiveObjectsUpgradeTask {

    private final UpgradeStep step;

    protected UpgradeStepTask(UpgradeStep step) {
        this.step = step;
    }

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf(Integer.toString(step.toVersion()));
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        step.upgrade(new ActiveObjectsPersistence(ao));
    }
}
