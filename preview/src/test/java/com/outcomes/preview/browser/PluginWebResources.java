package com.outcomes.preview.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The web resources of the built plugin descriptor ({@code jira-plugin/target/classes/atlassian-plugin.xml}, filtered),
 * resolved the way WRM does: a web-resource's dependencies first, depth-first in declaration order, each once, then its
 * own resources in their order. So the browser test loads what Jira would, in Jira's order, not a hand-written list.
 */
final class PluginWebResources {

    /** One web-resource: its complete key, whether it is this plugin's, and its script and style locations in order. */
    record WebResource(String key, boolean ours, List<String> locations) {
    }

    private final String pluginKey;
    private final Map<String, Element> byKey = new LinkedHashMap<>();

    private PluginWebResources(Element root) {
        this.pluginKey = root.getAttribute("key");
        NodeList nodes = root.getElementsByTagName("web-resource");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element resource = (Element) nodes.item(i);
            byKey.put(pluginKey + ":" + resource.getAttribute("key"), resource);
        }
    }

    static PluginWebResources read(Path pluginClasses) throws Exception {
        Path descriptor = pluginClasses.resolve("atlassian-plugin.xml");
        if (!Files.isRegularFile(descriptor)) {
            throw new IOException("no built descriptor at " + descriptor + ": build jira-plugin first (mvn -pl preview -am …)");
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = Files.newInputStream(descriptor)) {
            return new PluginWebResources(factory.newDocumentBuilder().parse(in).getDocumentElement());
        }
    }

    String pluginKey() {
        return pluginKey;
    }

    /** Complete keys of this plugin's web resources bound to a context ({@code atl.dashboard}, {@code jira.view.issue}). */
    List<String> inContext(String context) {
        List<String> keys = new ArrayList<>();
        byKey.forEach((key, resource) -> {
            if (texts(resource, "context").contains(context)) {
                keys.add(key);
            }
        });
        return keys;
    }

    /** What a page that requires these keys gets, dependencies first; keys of other plugins come back without locations. */
    List<WebResource> resolve(List<String> required) {
        Map<String, WebResource> order = new LinkedHashMap<>();
        for (String key : required) {
            visit(key, order);
        }
        return List.copyOf(order.values());
    }

    private void visit(String key, Map<String, WebResource> order) {
        if (order.containsKey(key)) {
            return;
        }
        Element resource = byKey.get(key);
        if (resource == null) {
            if (key.startsWith(pluginKey + ":")) {
                throw new IllegalStateException("the descriptor depends on " + key + ", which it does not declare");
            }
            order.put(key, new WebResource(key, false, List.of()));
            return;
        }
        for (String dependency : texts(resource, "dependency")) {
            visit(dependency, order);
        }
        List<String> locations = new ArrayList<>();
        NodeList nodes = resource.getElementsByTagName("resource");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element file = (Element) nodes.item(i);
            String location = file.getAttribute("location");
            if ("download".equals(file.getAttribute("type")) && (location.endsWith(".js") || location.endsWith(".css"))) {
                locations.add(location);
            }
        }
        order.put(key, new WebResource(key, true, List.copyOf(locations)));
    }

    private static List<String> texts(Element parent, String tag) {
        List<String> values = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent().trim());
        }
        return values;
    }
}
