package com.atlassian.activeobjects.external;

import java.util.List;
import java.util.Map;

import com.atlassian.sal.api.transaction.TransactionCallback;

import net.java.ao.DBParam;
import net.java.ao.Query;
import net.java.ao.RawEntity;

// JIRA-PLATFORM.md: API used (EntityManager operations without SQLException, executeInTransaction)
public interface ActiveObjects {

    // Checked against activeobjects-plugin 2.0.1 ActiveObjects.java (docs.atlassian.com xref): same erasure.
    @SuppressWarnings("unchecked")
    void migrate(Class<? extends RawEntity<?>>... entities);

    <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params);

    // Not in the 2.0.1 interface; checked against public decompiled AO plugin code of later versions, whose ActiveObjects
    // implementations (EntityManagedActiveObjects and the delegating ActiveObjects) override create(Class, List<Map>).
    <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows);

    <T extends RawEntity<K>, K> T get(Class<T> type, K key);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    <K> int count(Class<? extends RawEntity<K>> type, Query query);

    // activeobjects-plugin 2.0.1 ActiveObjects.java (docs.atlassian.com xref): delete(RawEntity<?>... entities)
    void delete(RawEntity<?>... entities);

    <T> T executeInTransaction(TransactionCallback<T> callback);
}
