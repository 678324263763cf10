package com.outcomes.store;

import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.schema.TableNameConverter;

/**
 * Table names as Jira's Active Objects makes them ({@code AO_} + six hex characters + {@code _} + table), so the
 * tests hit the same identifier lengths and quoting as production.
 */
public final class JiraTableNames implements TableNameConverter {

    static final String PREFIX = "AO_4F9E21_";

    private final TableNameConverter delegate = new AtlassianTableNameConverter(name -> PREFIX + name);

    @Override
    public String getName(Class<? extends RawEntity<?>> entity) {
        return delegate.getName(entity);
    }
}
