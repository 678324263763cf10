package com.outcomes.view;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;

import com.outcomes.port.Templates;

/**
 * The real Velocity 1.7 engine (the one Jira's TemplateRenderer is built on) over the classpath, in strict
 * reference mode: a template calling a getter that does not exist, or a context key a provider forgot, fails
 * the test instead of printing "$m.nmae". Shared with the plugin's tests through core's test-jar.
 */
public final class StrictVelocity implements Templates {

    private final VelocityEngine engine = new VelocityEngine();

    public StrictVelocity() {
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

    /** Renders {@code templates/<template>} with a view model and English messages, as the panels are rendered. */
    String render(String template, Object view) {
        return render("templates/" + template, Map.of("view", view, "i18n", I18n.english()));
    }
}
