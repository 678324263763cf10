package com.outcomes.jira;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;

import com.outcomes.port.Templates;

/**
 * The real Velocity 1.7 engine (the one Jira's TemplateRenderer is built on) over the test classpath — core's
 * {@code templates/} and the plugin's {@code templates/jira/} — in strict reference mode, so a context key a
 * template expects but a context provider or servlet forgot fails the test instead of printing "$view".
 */
public final class RealVelocity implements Templates {

    private final VelocityEngine engine = new VelocityEngine();

    public RealVelocity() {
        Properties p = new Properties();
        p.setProperty("resource.loader", "classpath");
        p.setProperty("classpath.resource.loader.class",
                "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
        p.setProperty("runtime.references.strict", "true");
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
