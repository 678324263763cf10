package com.atlassian.greenhopper.service.sprint;

import com.atlassian.greenhopper.service.ServiceOutcome;

// UNCONFIRMED (Jira Software, not in JIRA-PLATFORM.md): lead's note for round 2 and public ScriptRunner scripts
// (sprintManager.getSprint(Long).getValue()); an OSGi service of the Jira Software plugin, looked up optionally.
public interface SprintManager {

    ServiceOutcome<Sprint> getSprint(Long sprintId);
}
