package com.atlassian.sal.api.rdbms;

// Not in JIRA-PLATFORM.md; checked against docs.atlassian.com sal-parent 3.0.0 apidocs (TransactionalExecutorFactory,
// @PublicApi, "provided by the host application") and Bamboo 10.2 BambooTransactionalExecutorFactory javadoc, which
// still implements createExecutor(boolean readOnly, boolean requiresNew).
public interface TransactionalExecutorFactory {

    TransactionalExecutor createExecutor(boolean readOnly, boolean requiresNew);
}
