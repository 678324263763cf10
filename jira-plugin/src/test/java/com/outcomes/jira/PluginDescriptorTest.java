package com.outcomes.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.BeforeClass;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import com.outcomes.store.JiraTableNaming;

/** The built descriptor (filtered, from target/classes) declares what Jira needs to load the plugin. */
public class PluginDescriptorTest {

    private static Element root;

    @BeforeClass
    public static void parse() throws Exception {
        try (InputStream in = PluginDescriptorTest.class.getResourceAsStream("/atlassian-plugin.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(in);
            root = document.getDocumentElement();
        }
    }

    @Test
    public void pluginKeyAndVersionAreFilledIn() {
        assertEquals("com.outcomes.outcomes-jira-plugin", root.getAttribute("key"));
        assertEquals("2", root.getAttribute("plugins-version"));
        assertFalse(text(child(root, "plugin-info"), "version").contains("${"));
    }

    @Test
    public void declaresDataCenterCompatibility() {
        List<String> params = new ArrayList<>();
        NodeList nodes = child(root, "plugin-info").getElementsByTagName("param");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element param = (Element) nodes.item(i);
            params.add(param.getAttribute("name") + "=" + param.getTextContent().trim());
        }
        assertTrue(params.contains("atlassian-data-center-status=compatible"));
        assertTrue(params.contains("atlassian-data-center-compatible=true"));
    }

    @Test
    public void activeObjectsModuleListsTheEntitiesUnderAFixedNamespace() {
        Element ao = child(root, "ao");
        assertEquals(JiraTableNaming.NAMESPACE, ao.getAttribute("namespace"));
        List<String> entities = new ArrayList<>();
        NodeList nodes = ao.getElementsByTagName("entity");
        for (int i = 0; i < nodes.getLength(); i++) {
            entities.add(nodes.item(i).getTextContent().trim());
        }
        List<String> expected = new ArrayList<>();
        for (Class<?> entity : com.outcomes.store.StoreEntities.ALL) {
            expected.add(entity.getName());
        }
        assertEquals(expected, entities);
    }

    @Test
    public void everyAoEntityIsAnActiveObjectsEntityAndEveryUpgradeTaskAnUpgradeTask() throws Exception {
        Element ao = child(root, "ao");
        for (String entity : texts(ao, "entity")) {
            assertTrue(entity, net.java.ao.RawEntity.class.isAssignableFrom(Class.forName(entity)));
        }
        for (String task : texts(ao, "upgradeTask")) {
            assertTrue(task, com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask.class
                    .isAssignableFrom(Class.forName(task)));
        }
    }

    @Test
    public void upgradeTasksAreListedOldestFirstFromModelVersionOne() throws Exception {
        // Active Objects runs the tasks newer than the stored model version in version order; a gap or a repeated
        // version would skip a step or run one twice on some sites
        List<String> tasks = texts(child(root, "ao"), "upgradeTask");
        assertFalse("issue 16 brought model version 1", tasks.isEmpty());
        for (int i = 0; i < tasks.size(); i++) {
            java.lang.reflect.Constructor<?> constructor = Class.forName(tasks.get(i)).getConstructors()[0];
            // getModelVersion needs none of the task's collaborators
            Object task = constructor.newInstance(new Object[constructor.getParameterCount()]);
            assertEquals(tasks.get(i), com.atlassian.activeobjects.external.ModelVersion.valueOf(String.valueOf(i + 1)),
                    ((com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask) task).getModelVersion());
        }
    }

    @Test
    public void everyWebItemLinksToAServletOfThisPluginAndHasALabel() {
        // given the url-patterns of the plugin's servlets (Jira serves them under /plugins/servlet)
        List<String> servletPaths = new ArrayList<>();
        NodeList servlets = root.getElementsByTagName("servlet");
        for (int i = 0; i < servlets.getLength(); i++) {
            for (String pattern : texts((Element) servlets.item(i), "url-pattern")) {
                servletPaths.add("/plugins/servlet" + pattern);
            }
        }

        // then every web-item's link is one of them, and it is labelled from the bundle
        NodeList items = root.getElementsByTagName("web-item");
        assertTrue("web-items found", items.getLength() > 0);
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            String link = text(item, "link");
            String path = link.contains("?") ? link.substring(0, link.indexOf('?')) : link;
            assertTrue(item.getAttribute("key") + " links to " + link + "; servlets: " + servletPaths,
                    servletPaths.contains(path));
            assertFalse(item.getAttribute("key"), child(item, "label").getAttribute("key").isEmpty());
        }
    }

    @Test
    public void everyReferencedClassExists() throws Exception {
        List<String> missing = new ArrayList<>();
        NodeList all = root.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            String name = ((Element) all.item(i)).getAttribute("class");
            if (!name.isEmpty() && PluginDescriptorTest.class.getClassLoader().getResource(name.replace('.', '/') + ".class") == null) {
                missing.add(name);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    public void everyResourceFileIsShipped() {
        List<String> missing = new ArrayList<>();
        NodeList resources = root.getElementsByTagName("resource");
        for (int i = 0; i < resources.getLength(); i++) {
            Element resource = (Element) resources.item(i);
            String location = resource.getAttribute("location");
            String path = "i18n".equals(resource.getAttribute("type")) ? location.replace('.', '/') + ".properties" : location;
            if (PluginDescriptorTest.class.getClassLoader().getResource(path) == null) {
                missing.add(path);
            }
        }
        NodeList gadgets = root.getElementsByTagName("gadget");
        for (int i = 0; i < gadgets.getLength(); i++) {
            String location = ((Element) gadgets.item(i)).getAttribute("location");
            if (PluginDescriptorTest.class.getClassLoader().getResource(location) == null) {
                missing.add(location);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    public void webResourceDependenciesOnThisPluginAreDeclared() {
        List<String> keys = new ArrayList<>();
        NodeList webResources = root.getElementsByTagName("web-resource");
        for (int i = 0; i < webResources.getLength(); i++) {
            keys.add(root.getAttribute("key") + ":" + ((Element) webResources.item(i)).getAttribute("key"));
        }
        NodeList dependencies = root.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            String dependency = dependencies.item(i).getTextContent().trim();
            if (dependency.startsWith(root.getAttribute("key") + ":")) {
                assertTrue(dependency, keys.contains(dependency));
            }
        }
    }

    @Test
    public void noWebResourceIsBoundToIssueViewsAndOnlyTheItemLoaderToDashboards() {
        // given: contexts load a resource on every page of that kind, ours or not (DC App Performance Toolkit)
        Map<String, List<String>> contexts = new TreeMap<>();
        for (Element resource : webResources().values()) {
            List<String> bound = texts(resource, "context");
            if (!bound.isEmpty()) {
                contexts.put(resource.getAttribute("key"), bound);
            }
        }

        // then
        assertEquals(Map.of("outcomes-dashboard-item", List.of("atl.dashboard")), contexts);
    }

    @Test
    public void resourceOnEveryDashboardPullsInNoOtherResourceOfOurs() {
        // when: what Jira loads with the atl.dashboard context, dependencies included
        List<String> ours = new ArrayList<>();
        for (String key : dependencyClosure(qualified("outcomes-dashboard-item"))) {
            if (key.startsWith(root.getAttribute("key") + ":")) {
                ours.add(key);
            }
        }

        // then: Chart.js and core's renderer come only through WRM.require when our item renders
        assertEquals(List.of(qualified("outcomes-dashboard-item")), ours);
    }

    @Test
    public void everyWebResourceTheCodeRequiresIsDeclared() {
        assertEquals(root.getAttribute("key"), WebResources.PLUGIN_KEY);
        for (String key : List.of(WebResources.STYLES, WebResources.ISSUE_PANEL)) {
            assertTrue(key, webResources().containsKey(key));
        }
    }

    @Test
    public void issuePanelResourceBringsChartJsAndTheStylesAndTheEpicPanelsOnlyTheStylesOnJirasAui() {
        assertTrue(dependencyClosure(WebResources.ISSUE_PANEL).containsAll(List.of(qualified("chartjs"),
                qualified("outcomes-common"), WebResources.STYLES, "com.atlassian.auiplugin:ajs",
                "com.atlassian.auiplugin:aui-flag")));
        assertEquals(List.of("com.atlassian.auiplugin:ajs", WebResources.STYLES), dependencyClosure(WebResources.STYLES));
    }

    @Test
    public void dashboardItemLoaderAsksWrmOnlyForDeclaredResourcesOfThisPlugin() throws Exception {
        // given: the built (filtered) loader
        String js = resourceText("jira/dashboard-item.js");

        // when
        List<String> requested = new ArrayList<>();
        Matcher wr = Pattern.compile("'wr!([^']*)'").matcher(js);
        while (wr.find()) {
            requested.add(wr.group(1));
        }

        // then
        assertEquals(List.of(qualified("outcomes-gadget")), requested);
        assertTrue(webResources().containsKey(requested.get(0)));
    }

    @Test
    public void everyAmdModuleOurScriptsNeedComesWithADeclaredDependency() throws Exception {
        // given: Jira's AMD modules and the web resources that define them, as public plugins declare them
        Map<String, String> providers = Map.of(
                "jquery", "com.atlassian.plugins.jquery:jquery",
                "wrm/context-path", "com.atlassian.plugins.atlassian-plugins-webresource-plugin:context-path",
                "wrm/require", "com.atlassian.plugins.atlassian-plugins-webresource-rest:web-resource-manager");
        Pattern define = Pattern.compile("define\\(\\s*'([^']+)'\\s*,\\s*\\[([^\\]]*)\\]");
        List<String> problems = new ArrayList<>();
        int modules = 0;

        for (Map.Entry<String, Element> resource : webResources().entrySet()) {
            List<String> closure = dependencyClosure(resource.getKey());
            for (String script : scripts(resource.getValue())) {
                Matcher m = define.matcher(resourceText(script));
                while (m.find()) {
                    modules++;
                    for (String raw : m.group(2).split(",")) {
                        String amd = raw.trim().replace("'", "");
                        if (amd.isEmpty()) {
                            continue;
                        }
                        String provider = providers.get(amd);
                        if (provider == null || !closure.contains(provider)) {
                            problems.add(resource.getKey() + " (" + script + ") needs '" + amd + "' but declares no "
                                    + (provider == null ? "known provider" : provider));
                        }
                    }
                }
            }
        }

        // then
        assertTrue("no AMD module found: is the define() reader broken?", modules > 0);
        assertEquals(List.of(), problems);
    }

    @Test
    public void chartJsIsShippedInsideAWrapperThatHidesThePagesAmdDefine() throws Exception {
        // given
        List<String> scripts = scripts(webResources().get(qualified("chartjs")));

        // when
        String js = resourceText(scripts.get(0));

        // then: Chart.js's own code, as the parameter-shadowed body of a function called without arguments
        assertEquals(1, scripts.size());
        assertTrue(js.contains("Chart.js v"));
        assertTrue(js.substring(0, js.indexOf("Chart.js v")).contains("(function (define) {\n"));
        assertTrue(js.endsWith("\n}());\n"));
        assertFalse("the unshipped source map would be asked for", js.contains("sourceMappingURL"));
    }

    @Test
    public void dashboardItemReplacesThisPluginsGadget() {
        Element gadget = child(root, "gadget");
        Element item = child(root, "dashboard-item");
        assertEquals("true", item.getAttribute("configurable"));
        assertEquals("rest/gadgets/1.0/g/" + root.getAttribute("key") + ":" + gadget.getAttribute("key") + "/"
                + gadget.getAttribute("location"), text(item, "replace-gadget-spec-uri"));
    }

    @Test
    public void everyI18nKeyOfTheDescriptorIsInTheBundle() throws Exception {
        java.util.Properties bundle = new java.util.Properties();
        try (InputStream in = PluginDescriptorTest.class.getResourceAsStream("/com/outcomes/i18n/outcomes.properties")) {
            bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        NodeList all = root.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            String key = element.getAttribute("key");
            if (!key.isEmpty() && (element.getTagName().equals("label") || element.getTagName().equals("description"))) {
                assertTrue(key, bundle.containsKey(key));
            }
        }
    }

    @Test
    public void restV2IsSwitchedOnBeforeTheRestModule() {
        List<String> modules = new ArrayList<>();
        for (Node node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                modules.add(element.getTagName());
            }
        }
        assertTrue(modules.indexOf("rest-migration") >= 0);
        assertTrue(modules.indexOf("rest-migration") < modules.indexOf("rest"));
        assertEquals(1, child(root, "rest-migration").getElementsByTagName("rest-v2").getLength());
        Element rest = child(root, "rest");
        assertEquals("/outcomes", rest.getAttribute("path"));
        assertEquals("1.0", rest.getAttribute("version"));
    }

    @Test
    public void i18nBundleIsDeclaredAndShipped() {
        Element i18n = null;
        NodeList resources = root.getElementsByTagName("resource");
        for (int i = 0; i < resources.getLength(); i++) {
            Element resource = (Element) resources.item(i);
            if ("i18n".equals(resource.getAttribute("type"))) {
                i18n = resource;
            }
        }
        assertEquals("com.outcomes.i18n.outcomes", i18n == null ? null : i18n.getAttribute("location"));
        assertTrue(PluginDescriptorTest.class.getResource("/com/outcomes/i18n/outcomes.properties") != null);
    }

    @Test
    public void springContextOnlyScansTheIndexes() throws Exception {
        try (InputStream in = PluginDescriptorTest.class.getResourceAsStream("/META-INF/spring/plugin-context.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Element beans = factory.newDocumentBuilder().parse(in).getDocumentElement();
            List<String> children = new ArrayList<>();
            for (Node node = beans.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element element) {
                    children.add(element.getNamespaceURI() + " " + element.getLocalName());
                }
            }
            assertEquals(List.of("http://www.atlassian.com/schema/atlassian-scanner/2 scan-indexes"), children);
        }
    }

    /** The plugin's web resources by complete key, in descriptor order. */
    private static Map<String, Element> webResources() {
        Map<String, Element> byKey = new LinkedHashMap<>();
        NodeList nodes = root.getElementsByTagName("web-resource");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element resource = (Element) nodes.item(i);
            byKey.put(qualified(resource.getAttribute("key")), resource);
        }
        return byKey;
    }

    private static String qualified(String moduleKey) {
        return root.getAttribute("key") + ":" + moduleKey;
    }

    /** The web resource and everything it depends on, transitively, dependencies first (Jira's order). */
    private static List<String> dependencyClosure(String key) {
        List<String> order = new ArrayList<>();
        visit(key, order);
        return order;
    }

    private static void visit(String key, List<String> order) {
        if (order.contains(key)) {
            return;
        }
        Element resource = webResources().get(key);
        if (resource != null) {
            for (String dependency : texts(resource, "dependency")) {
                visit(dependency, order);
            }
        }
        order.add(key);
    }

    private static List<String> scripts(Element webResource) {
        List<String> scripts = new ArrayList<>();
        NodeList nodes = webResource.getElementsByTagName("resource");
        for (int i = 0; i < nodes.getLength(); i++) {
            String location = ((Element) nodes.item(i)).getAttribute("location");
            if (location.endsWith(".js")) {
                scripts.add(location);
            }
        }
        return scripts;
    }

    private static String resourceText(String location) throws IOException {
        try (InputStream in = PluginDescriptorTest.class.getClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                throw new IOException("not on the classpath: " + location);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Element child(Element parent, String tag) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(tag)) {
                return element;
            }
        }
        throw new AssertionError("no <" + tag + "> in <" + parent.getTagName() + ">");
    }

    private static List<String> texts(Element parent, String tag) {
        List<String> values = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent().trim());
        }
        return values;
    }

    private static String text(Element parent, String tag) {
        return child(parent, tag).getTextContent().trim();
    }
}
