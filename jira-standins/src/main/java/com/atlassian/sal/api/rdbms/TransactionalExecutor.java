package com.atlassian.sal.api.rdbms;

// Not in JIRA-PLATFORM.md; checked against docs.atlassian.com sal-parent 3.0.0 apidocs (TransactionalExecutor,
// @PublicApi): <A> A execute(ConnectionCallback<A>). getSchemaName() is left out: its fugue Option type changed
// package between SAL versions; the schema comes from Jira's DatabaseAccessor instead.
public interface TransactionalExecutor {

    <A> A execute(ConnectionCallback<A> callback);
}
