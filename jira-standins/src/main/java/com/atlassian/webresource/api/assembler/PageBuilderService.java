package com.atlassian.webresource.api.assembler;

// unconfirmed: from JIRA-PLATFORM.md "from memory" not listed; the web resource manager's page builder
// (assembler().resources().requireWebResource(key)) that servlets use to pull web resources into a decorated page.
public interface PageBuilderService {

    WebResourceAssembler assembler();
}
