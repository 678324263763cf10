package com.atlassian.jira.database;

import java.util.Optional;

// Not in JIRA-PLATFORM.md; checked against docs.atlassian.com jira 9.17.0 API javadoc (DatabaseAccessor, @PublicApi:
// "@Nonnull Optional<String> getSchemaName()"; plugins must include the schema name in their queries if one is
// configured). Only the schema is read through it. Reachable from plugins: SAL's own Jira plugin takes it in its
// constructor (docs.atlassian.com jira 7.0.8 JiraHostConnectionAccessor(DatabaseAccessor)).
public interface DatabaseAccessor {

    Optional<String> getSchemaName();
}
