package com.outcomes.store;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class JiraTableNamingTest {

    @Test
    public void prefixesMatchTablesJiraAppsAreKnownBy() {
        // Jira Software's AO_60DB71_RAPIDVIEW, Jira Service Management's AO_54307E_QUEUE, the development panel's
        // AO_575BF5_DEV_SUMMARY: their namespaces (plugin keys) hash to those prefixes
        assertEquals("AO_60DB71_", JiraTableNaming.prefix("com.pyxis.greenhopper.jira"));
        assertEquals("AO_54307E_", JiraTableNaming.prefix("com.atlassian.servicedesk"));
        assertEquals("AO_575BF5_", JiraTableNaming.prefix("com.atlassian.jira.plugins.jira-development-integration-plugin"));
    }

    @Test
    public void tableNameIsThePluginsPrefixAndTheEntitysTableName() {
        assertEquals("AO_F6FE92_READING", JiraTableNaming.tableName(ReadingEntity.class));
        assertEquals("AO_F6FE92_METRIC", JiraTableNaming.tableName(MetricEntity.class));
    }
}
