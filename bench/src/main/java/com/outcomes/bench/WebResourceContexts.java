package com.outcomes.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Issue 18, target 5, second half: what our plugin adds to a Jira issue view that shows none of our panels. Jira
 * loads a plugin's web-resource on a page only when the page requires it: through a {@code <context>} the page
 * includes, or a {@code requireResource} by a component that renders (our panels' context providers). So the bytes on
 * every issue view are those of our web-resources bound to a context every issue view includes, with their
 * dependencies of ours.
 */
public final class WebResourceContexts {

    /** Contexts Jira includes on the view issue page (and the navigator's issue view) whatever the issue shows. */
    static boolean onEveryIssueView(String context) {
        return context.equals("atl.general") || context.equals("atl.global") || context.equals("jira.general")
                || context.equals("jira.view.issue") || context.startsWith("jira.navigator");
    }

    /** One of our web-resources: its contexts, the files it downloads (with their bytes) and its dependencies of ours. */
    public record WebResource(String key, List<String> contexts, Map<String, Long> files, List<String> dependencies) {
        /** Bytes of its files; a file the build has not produced yet must not be summed as nothing. */
        long bytes() {
            files.forEach((location, size) -> {
                if (size < 0) {
                    throw new BenchmarkFailure("web-resource " + key + ": file " + location + " not built");
                }
            });
            return files.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** The web-resources bound to a context, and those on every issue view with their dependencies and bytes. */
    public record Result(Path descriptor, List<WebResource> contextBound, List<WebResource> onIssueView) {
        public long issueViewBytes() {
            return onIssueView.stream().mapToLong(WebResource::bytes).sum();
        }
    }

    /**
     * @param descriptor the built {@code atlassian-plugin.xml} (plugin key filtered in)
     * @param roots      folders a resource's {@code location} is resolved against, first match wins (the plugin's
     *                   classes, then core's, whose {@code web/} files the plugin jar also carries)
     */
    public Result read(Path descriptor, List<Path> roots) throws IOException {
        Document xml = parse(descriptor);
        String pluginKey = xml.getDocumentElement().getAttribute("key");
        Map<String, WebResource> ours = new LinkedHashMap<>();
        NodeList resources = xml.getElementsByTagName("web-resource");
        for (int i = 0; i < resources.getLength(); i++) {
            Element resource = (Element) resources.item(i);
            String key = resource.getAttribute("key");
            Map<String, Long> files = new LinkedHashMap<>();
            for (Element download : children(resource, "resource")) {
                if ("download".equals(download.getAttribute("type"))) {
                    files.put(download.getAttribute("location"), size(download.getAttribute("location"), roots));
                }
            }
            List<String> dependencies = new ArrayList<>();
            for (Element dependency : children(resource, "dependency")) {
                String target = dependency.getTextContent().trim();
                if (target.startsWith(pluginKey + ":")) {
                    dependencies.add(target.substring(pluginKey.length() + 1));
                }
            }
            List<String> contexts = children(resource, "context").stream().map(c -> c.getTextContent().trim()).toList();
            ours.put(key, new WebResource(key, contexts, files, dependencies));
        }
        List<WebResource> bound = ours.values().stream().filter(r -> !r.contexts().isEmpty()).toList();
        Set<String> loaded = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        bound.stream().filter(r -> r.contexts().stream().anyMatch(WebResourceContexts::onEveryIssueView))
                .forEach(r -> todo.add(r.key()));
        while (!todo.isEmpty()) {
            String key = todo.poll();
            if (loaded.add(key) && ours.containsKey(key)) {
                todo.addAll(ours.get(key).dependencies());
            }
        }
        return new Result(descriptor, bound, loaded.stream().filter(ours::containsKey).map(ours::get).toList());
    }

    private static long size(String location, List<Path> roots) throws IOException {
        for (Path root : roots) {
            Path file = root.resolve(location);
            if (Files.isRegularFile(file)) {
                return Files.size(file);
            }
        }
        return -1; // only an error for a resource that is on the issue view (see WebResource.bytes)
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static Document parse(Path descriptor) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(descriptor.toFile());
        } catch (ParserConfigurationException | SAXException e) {
            throw new BenchmarkFailure("cannot read " + descriptor + ": " + e.getMessage());
        }
    }
}
