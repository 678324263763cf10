package com.atlassian.sal.api.rdbms;

// Not in JIRA-PLATFORM.md; checked against docs.atlassian.com sal-parent 3.0.0 apidocs (TransactionalExecutor,
// @PublicApi): <A> A execute(ConnectionCallback<A>). getSchemaName() is left out: its fugue Option return type changed
// package between SAL versions (com.atlassian.fugue in 3.0.0, io.atlassian.fugue in later SAL as public decompiled
// copies show); SalSqlReads finds the schema through JDBC instead.
public interface TransactionalExecutor {

    <A> A execute(ConnectionCallback<A> callback);
}
