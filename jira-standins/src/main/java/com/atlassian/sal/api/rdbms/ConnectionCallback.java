package com.atlassian.sal.api.rdbms;

import java.sql.Connection;

// Not in JIRA-PLATFORM.md; checked against docs.atlassian.com sal-parent 3.0.0 apidocs (ConnectionCallback: "callback
// to be executed by TransactionalExecutor.execute"; no checked exceptions declared). The host owns the connection:
// it commits or rolls back and releases it.
public interface ConnectionCallback<A> {

    A execute(Connection connection);
}
