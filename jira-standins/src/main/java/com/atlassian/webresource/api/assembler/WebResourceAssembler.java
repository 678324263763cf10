package com.atlassian.webresource.api.assembler;

// Checked: public decompiled webresource API WebResourceAssembler (interface, RequiredResources resources())
// and cures-hub/cures-condec-confluence src/test/java/.../confluence/mocks/MockPageBuilderService.java
public interface WebResourceAssembler {

    RequiredResources resources();
}
