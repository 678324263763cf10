package com.atlassian.query;

// Checked: docs.atlassian.com software/jira/docs/api/10.0.0/com/atlassian/query/Query.html (@PublicApi interface);
// the parsed JQL returned by SearchService.ParseResult#getQuery
public interface Query {
}
