package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

// JIRA-PLATFORM.md: API used (render)
public interface TemplateRenderer {

    void render(String templateName, Map<String, Object> context, Writer writer) throws RenderingException, IOException;
}
