package com.outcomes.jira;

import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.outcomes.port.Templates;

/**
 * Renders core's Velocity templates with Jira's template renderer, which resolves template paths against
 * this plugin's bundle — where core's {@code templates/} folder is embedded.
 */
@Named
public final class VelocityTemplates implements Templates {

    private final TemplateRenderer renderer;

    @Inject
    public VelocityTemplates(@ComponentImport TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public String render(String templatePath, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        try {
            // A fresh mutable map: Velocity's #set writes into the context, and callers may pass Map.of(...).
            renderer.render(templatePath, new HashMap<>(context), out);
        } catch (RenderingException | IOException e) {
            throw new IllegalStateException("Could not render template " + templatePath, e);
        }
        return out.toString();
    }
}
