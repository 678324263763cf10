package com.outcomes.view;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;

import com.outcomes.port.Templates;

/**
 * The real Velocity 1.7 engine (the one Jira's TemplateRenderer is built on) over the classpath, in strict
 * reference mode: a template calling a getter that does not exist, or a context key a provider forgot, fails
 * the test instead of printing "$m.nmae". Plain, it prints references as they are (the preview); built with
 * {@link #escapingLikeJira()} it escapes them as Jira does ({@link JiraHtmlEscaping}). Shared with the plugin's
 * tests through core's test-jar.
 */
public final class StrictVelocity implements Templates {

    private final VelocityEngine engine = new VelocityEngine();
    private final boolean jiraEscaping;

    public StrictVelocity() {
        this(false);
    }

    private StrictVelocity(boolean jiraEscaping) {
        this.jiraEscaping = jiraEscaping;
        Properties p = new Properties();
        p.setProperty("resource.loader", "classpath");
        p.setProperty("classpath.resource.loader.class",
                "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
        p.setProperty("runtime.references.strict", "true");
        p.setProperty("input.encoding", "UTF-8");
        p.setProperty("runtime.log.logsystem.class", "org.apache.velocity.runtime.log.NullLogChute");
        engine.init(p);
    }

    /** Renders as inside Jira: every printed reference whose name does not end in Html is HTML-escaped. */
    public static StrictVelocity escapingLikeJira() {
        return new StrictVelocity(true);
    }

    @Override
    public String render(String templatePath, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        engine.getTemplate(templatePath, "UTF-8").merge(context(context), out);
        return out.toString();
    }

    /** Renders {@code templates/<template>} with a view model and English messages, as the panels are rendered. */
    String render(String template, Object view) {
        return render("templates/" + template, Map.of("view", view, "i18n", I18n.english()));
    }

    /** Renders template text given inline (tests of the escaping itself). */
    public String evaluate(String template, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        engine.evaluate(context(context), out, "inline", template);
        return out.toString();
    }

    private VelocityContext context(Map<String, Object> values) {
        VelocityContext context = new VelocityContext(new HashMap<>(values));
        if (jiraEscaping) {
            EventCartridge events = new EventCartridge();
            events.addEventHandler(new JiraHtmlEscaping());
            events.attachToContext(context);
        }
        return context;
    }
}
