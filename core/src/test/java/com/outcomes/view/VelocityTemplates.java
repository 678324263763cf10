package com.outcomes.view;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;

/**
 * The real Velocity 1.7 engine over core's classpath {@code templates/}, in strict reference mode so
 * a template calling a getter that does not exist fails the test instead of printing "$m.nmae".
 */
final class VelocityTemplates {

    private final VelocityEngine engine = new VelocityEngine();

    VelocityTemplates() {
        Properties p = new Properties();
        p.setProperty("resource.loader", "classpath");
        p.setProperty("classpath.resource.loader.class",
                "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
        p.setProperty("runtime.references.strict", "true");
        p.setProperty("input.encoding", "UTF-8");
        p.setProperty("runtime.log.logsystem.class", "org.apache.velocity.runtime.log.NullLogChute");
        engine.init(p);
    }

    String render(String template, Object view) {
        VelocityContext context = new VelocityContext(new HashMap<>(Map.of("view", view, "i18n", I18n.english())));
        Template t = engine.getTemplate("templates/" + template, "UTF-8");
        StringWriter out = new StringWriter();
        t.merge(context, out);
        return out.toString();
    }
}
