package com.atlassian.webresource.api.assembler;

// Checked against public plugin code OpenReqEU/issuelinkmap-jira-plugin src/main/java/openreq/qt/qthulhu/jira/webwork/ErrorPageAction.java
// (com.atlassian.webresource.api.assembler.PageBuilderService, assembler().resources().requireWebResource(key)).
public interface PageBuilderService {

    WebResourceAssembler assembler();
}
