package com.outcomes.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

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
