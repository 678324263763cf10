package com.outcomes.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.BeforeClass;
import org.junit.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Jira 10+ blocks every template method call that is not allow-listed: the descriptor's
 * {@code <velocity-allowlist>} must name exactly the methods our templates call — none missing (a blank panel in
 * production), none extra (the list is a security boundary; STYLE: only our own view-model getters).
 */
public class VelocityAllowlistTest {

    /**
     * Every template the plugin renders: the web panels' views (checked below), the metric card they and the dashboard's
     * content #parse, the dashboard's content (served by the REST API) and the sprint review page's two.
     */
    static final List<String> TEMPLATES = List.of("templates/my-metrics.vm", "templates/jira/my-metrics-page.vm",
            "templates/outcome-panel.vm", "templates/metric-card.vm",
            "templates/dashboard.vm", "templates/dashboard-outcome.vm", "templates/epic-panel.vm",
            "templates/sprint-review.vm", "templates/jira/sprint-review-page.vm", "templates/tree.vm",
            "templates/tree-outcome.vm", "templates/tree-metrics.vm", "templates/calibration.vm",
            "templates/jira/tree-page.vm", "templates/outcome-lifecycle.vm", "templates/learned.vm",
            "templates/jira/learned-page.vm", "templates/metric-define.vm", "templates/metric-form.vm",
            "templates/metric-authoring.vm", "templates/csv-import.vm", "templates/rice.vm",
            "templates/reading-correct.vm", "templates/metric-upkeep.vm");

    private static Element root;

    @BeforeClass
    public static void parse() throws Exception {
        try (InputStream in = VelocityAllowlistTest.class.getResourceAsStream("/atlassian-plugin.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            root = factory.newDocumentBuilder().parse(in).getDocumentElement();
        }
    }

    @Test
    public void everyWebPanelTemplateIsAmongTheCheckedTemplates() {
        NodeList resources = root.getElementsByTagName("resource");
        for (int i = 0; i < resources.getLength(); i++) {
            Element resource = (Element) resources.item(i);
            if ("velocity".equals(resource.getAttribute("type"))) {
                assertTrue(resource.getAttribute("location"), TEMPLATES.contains(resource.getAttribute("location")));
            }
        }
    }

    @Test
    public void templatesAreReadWithoutUnknownReferences() throws Exception {
        List<String> errors = new ArrayList<>();
        for (String template : TEMPLATES) {
            errors.addAll(TemplateCalls.read(template).errors());
        }
        assertEquals(List.of(), errors);
    }

    @Test
    public void allowlistNamesExactlyTheMethodsTheTemplatesCall() throws Exception {
        // given every method call of every template
        Set<String> called = new TreeSet<>();
        for (String template : TEMPLATES) {
            called.addAll(TemplateCalls.read(template).methods());
        }

        // when the descriptor's allow-list is read
        Set<String> allowed = new TreeSet<>();
        NodeList lists = root.getElementsByTagName("velocity-allowlist");
        for (int i = 0; i < lists.getLength(); i++) {
            NodeList methods = ((Element) lists.item(i)).getElementsByTagName("method");
            for (int j = 0; j < methods.getLength(); j++) {
                allowed.add(methods.item(j).getTextContent().trim());
            }
        }

        // then they are the same set (the message lists what to add or remove)
        Set<String> missing = new TreeSet<>(called);
        missing.removeAll(allowed);
        Set<String> extra = new TreeSet<>(allowed);
        extra.removeAll(called);
        assertEquals("missing from <velocity-allowlist>: " + missing + "; not called by any template: " + extra,
                called, allowed);
    }

    @Test
    public void allowlistHoldsOnlyOurOwnClasses() throws Exception {
        NodeList methods = root.getElementsByTagName("method");
        for (int i = 0; i < methods.getLength(); i++) {
            String method = methods.item(i).getTextContent().trim();
            assertTrue(method, method.startsWith("com.outcomes."));
            Class.forName(method.substring(0, method.indexOf('#')));
        }
    }

    @Test
    public void readerFindsCallsInsideCallArgumentsAndLoops() throws Exception {
        // guards the reader itself: metric-card.vm passes $m.measuredOnHtml into $i18n.textHtml and loops over readings
        Set<String> methods = new TreeSet<>(TemplateCalls.read("templates/metric-card.vm").methods());
        methods.addAll(TemplateCalls.read("templates/outcome-panel.vm").methods());
        assertTrue(methods.contains("com.outcomes.view.MetricCard#getMeasuredOnHtml()"));
        assertTrue(methods.contains("com.outcomes.view.I18n#textHtml(java.lang.String,java.lang.Object[])"));
        assertTrue(methods.contains("com.outcomes.view.I18n#textHtml(java.lang.String)"));
        assertTrue(methods.contains("com.outcomes.view.ReadingLine#isSuperseded()"));
    }
}
