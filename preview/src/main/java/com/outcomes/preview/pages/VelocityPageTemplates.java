package com.outcomes.preview.pages;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;

import com.outcomes.port.Templates;

/**
 * Renders core's {@code templates/*.vm} with Velocity 1.7 (the closest public relative of Jira's
 * Velocity), from the classpath, as Jira's template renderer does inside Jira — but without Jira's automatic
 * escaping: the templates print only {@code …Html} references, escaped once in Java, so both print the same.
 */
public final class VelocityPageTemplates implements Templates {

    private final VelocityEngine engine = new VelocityEngine();

    public VelocityPageTemplates() {
        Properties p = new Properties();
        p.setProperty("resource.loader", "classpath");
        p.setProperty("classpath.resource.loader.class",
                "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
        p.setProperty("classpath.resource.loader.cache", "true");
        p.setProperty("input.encoding", "UTF-8");
        p.setProperty("runtime.log.logsystem.class", "org.apache.velocity.runtime.log.NullLogChute");
        engine.init(p);
    }

    @Override
    public String render(String templatePath, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        engine.getTemplate(templatePath, "UTF-8").merge(new VelocityContext(new HashMap<>(context)), out);
        return out.toString();
    }
}
