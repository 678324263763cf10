package com.atlassian.jira.bc.issue.search;

import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

// JIRA-PLATFORM.md: API used (parseQuery, search, searchCount)
public interface SearchService {

    ParseResult parseQuery(ApplicationUser searcher, String query);

    SearchResults search(ApplicationUser searcher, Query query, PagerFilter pager) throws SearchException;

    long searchCount(ApplicationUser searcher, Query query) throws SearchException;

    // Checked: public plugin code built against Jira DC (mailru/jira-plugins-mrimsender: parseQuery, then
    // MessageSet messageSet = searchService.validateQuery(currentUser, query); messageSet.hasAnyErrors()). Checks fields,
    // functions and values against what the searcher may see; parseQuery checks only the syntax.
    MessageSet validateQuery(ApplicationUser searcher, Query query);

    // Checked: filipenkov/SampleTracking JiraPlugins/atlassian-jira-5.1.1-source/.../bc/issue/search/SearchService.java
    // (nested final class ParseResult(Query, MessageSet)); ApplicationUser signatures per
    // blackducksoftware/blackduck-jira src/test/java/.../jira/mocks/SearchServiceMock.java
    class ParseResult {
        public ParseResult(Query query, MessageSet errors) {
            throw new UnsupportedOperationException("stand-in");
        }

        public boolean isValid() {
            throw new UnsupportedOperationException("stand-in");
        }

        public Query getQuery() {
            throw new UnsupportedOperationException("stand-in");
        }

        public MessageSet getErrors() {
            throw new UnsupportedOperationException("stand-in");
        }
    }
}
