package com.atlassian.beehive;

// Not in JIRA-PLATFORM.md; checked against docs.atlassian.com/beehive/0.0.6 and 0.0.8 apidocs (ClusterLockService,
// @PublicApi): ClusterLock getLockForName(String lockName).
public interface ClusterLockService {

    ClusterLock getLockForName(String lockName);
}
