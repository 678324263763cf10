package com.atlassian.jira.avatar;

// Not in JIRA-PLATFORM.md; docs.atlassian.com/jira/server Avatar javadoc (Long getId()). Only the id is read.
public interface Avatar {

    Long getId();
}
