package com.atlassian.activeobjects.external;

import com.atlassian.sal.api.transaction.TransactionCallback;

import net.java.ao.DBParam;
import net.java.ao.Query;
import net.java.ao.RawEntity;

// JIRA-PLATFORM.md: API used (EntityManager operations without SQLException, executeInTransaction)
public interface ActiveObjects {

    <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params);

    <T extends RawEntity<K>, K> T get(Class<T> type, K key);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    <K> int count(Class<? extends RawEntity<K>> type, Query query);

    <T> T executeInTransaction(TransactionCallback<T> callback);
}
