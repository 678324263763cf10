package com.atlassian.sal.api.transaction;

// JIRA-PLATFORM.md: API used (argument of ActiveObjects#executeInTransaction)
public interface TransactionCallback<T> {

    // unconfirmed: from JIRA-PLATFORM.md "from memory" single method of TransactionCallback
    T doInTransaction();
}
