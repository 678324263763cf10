package com.atlassian.activeobjects.external;

// JIRA-PLATFORM.md: API used (ModelVersion getModelVersion(), void upgrade(ModelVersion currentVersion, ActiveObjects ao))
public interface ActiveObjectsUpgradeTask {

    ModelVersion getModelVersion();

    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
