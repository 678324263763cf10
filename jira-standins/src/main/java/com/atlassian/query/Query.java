package com.atlassian.query;

// unconfirmed: from JIRA-PLATFORM.md "from memory" the parsed JQL returned by SearchService.ParseResult#getQuery (JIRA-PLATFORM.md names no package)
public interface Query {
}
