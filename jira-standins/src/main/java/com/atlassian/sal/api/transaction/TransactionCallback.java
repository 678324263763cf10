package com.atlassian.sal.api.transaction;

// JIRA-PLATFORM.md: API used (argument of ActiveObjects#executeInTransaction)
public interface TransactionCallback<T> {

    // Checked against docs.atlassian.com sal-api 2.0.16 javadoc (no-arg doInTransaction) and activeobjects 2.0.1 xref
    // TransactionManager (TransactionCallback<T> generic)
    T doInTransaction();
}
