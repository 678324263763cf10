package com.atlassian.webresource.api.assembler;

// unconfirmed: from JIRA-PLATFORM.md "from memory" not listed (see PageBuilderService)
public interface WebResourceAssembler {

    RequiredResources resources();
}
