package com.atlassian.jira.avatar;

import java.io.InputStream;

import com.atlassian.jira.icon.IconOwningObjectId;
import com.atlassian.jira.icon.IconType;

// Not in JIRA-PLATFORM.md; @PublicApi per the DAC javadoc ("designed for plugins to consume"). create(String fileName,
// String contentType, IconType, IconOwningObjectId, InputStream, Selection) as called by testit-tms/jira-plugin built
// against Jira 11.3.6 (TestCaseIssueType.java) and implemented by cures-condec-jira's MockAvatarManager (jira-api 8.8.1);
// getDefaultAvatarId(IconType) from the same mock and docs.atlassian.com/jira/latest.
public interface AvatarManager {

    Avatar create(String fileName, String contentType, IconType iconType, IconOwningObjectId owner, InputStream image,
                  Selection croppingSelection);

    Long getDefaultAvatarId(IconType iconType);
}
