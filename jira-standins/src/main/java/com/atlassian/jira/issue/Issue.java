package com.atlassian.jira.issue;

import java.sql.Timestamp;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;

// JIRA-PLATFORM.md: API used (getId, getKey, getSummary, getStatus, getIssueType, getProjectObject, getResolutionDate)
public interface Issue {

    Long getId();

    String getKey();

    String getSummary();

    Status getStatus();

    IssueType getIssueType();

    Project getProjectObject();

    // Checked: blackducksoftware/blackduck-jira src/test/java/.../jira/mocks/issue/IssueMock.java
    // (@Override java.sql.Timestamp getResolutionDate(), Jira 7+ Issue)
    Timestamp getResolutionDate();

    // Checked against docs.atlassian.com jira/latest javadoc (Issue#getCustomFieldValue(CustomField) returns Object); reads "Epic Link"
    Object getCustomFieldValue(CustomField field);

    // Checked: mailru/jira-plugins-mrimsender accessrequest/service/AccessRequestService.java
    // (Collections.singletonList(issue.getReporter()) as a List<ApplicationUser>); null when the issue has no reporter
    ApplicationUser getReporter();
}
