package com.atlassian.webresource.api.assembler;

// Checked: cures-hub/cures-condec-confluence src/test/java/.../confluence/mocks/MockPageBuilderService.java
// (@Override RequiredResources requireWebResource(String moduleCompleteKey))
public interface RequiredResources {

    RequiredResources requireWebResource(String moduleCompleteKey);
}
