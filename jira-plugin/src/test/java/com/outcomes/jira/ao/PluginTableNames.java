package com.outcomes.jira.ao;

import com.outcomes.store.JiraTableNaming;

import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.schema.TableNameConverter;

/** The plugin's own table names in Jira ({@code AO_F6FE92_READING}, ...), for tests that look tables up by name. */
public final class PluginTableNames implements TableNameConverter {

    private final TableNameConverter delegate = new AtlassianTableNameConverter(name -> JiraTableNaming.prefix() + name);

    @Override
    public String getName(Class<? extends RawEntity<?>> entity) {
        return delegate.getName(entity);
    }
}
