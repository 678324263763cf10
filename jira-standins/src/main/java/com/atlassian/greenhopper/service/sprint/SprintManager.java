package com.atlassian.greenhopper.service.sprint;

import com.atlassian.greenhopper.service.ServiceOutcome;

// Not in JIRA-PLATFORM.md; checked against docs.atlassian.com jira-software 9.12.10 and 11.1.0 javadoc (interface
// SprintManager: ServiceOutcome<Sprint> getSprint(long id)). An OSGi service of Jira Software, looked up optionally.
public interface SprintManager {

    ServiceOutcome<Sprint> getSprint(long id);
}
