package com.outcomes.jira.rest;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.ext.Provider;

import com.outcomes.jira.JiraOutcomesCore;
import com.outcomes.rest.ErrorMapper;

/** Core's error mapping (JSON error bodies of DESIGN §5, never a stack trace) as a provider Jira's REST module finds. */
@Named
@Provider
public class OutcomesErrorMapper extends ErrorMapper {

    @Inject
    public OutcomesErrorMapper(JiraOutcomesCore core) {
        super(core.core().messages());
    }
}
