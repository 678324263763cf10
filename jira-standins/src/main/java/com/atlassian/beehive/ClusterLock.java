package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

// Not in JIRA-PLATFORM.md; checked against docs.atlassian.com/beehive/0.0.8 apidocs: public interface ClusterLock
// extends java.util.concurrent.locks.Lock (newCondition unsupported).
public interface ClusterLock extends Lock {
}
