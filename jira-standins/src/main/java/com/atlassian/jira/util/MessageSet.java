package com.atlassian.jira.util;

import java.util.Set;

// unconfirmed: from JIRA-PLATFORM.md "from memory" type of SearchService.ParseResult#getErrors
public interface MessageSet {

    Set<String> getErrorMessages();
}
