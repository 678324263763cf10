package com.outcomes.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.BeforeClass;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.junit.Test;

/**
 * Reads the packaged plugin jar (failsafe runs after {@code package}, and passes its path): it must embed core
 * and the libraries Jira lacks, and nothing Jira provides — above all no stand-in {@code com.atlassian} class.
 */
public class PluginJarIT {

    /** The descriptor's key: ${project.groupId}.${project.artifactId}. */
    private static final String PLUGIN_KEY = "com.outcomes.outcomes-jira-plugin";

    private static List<String> entries;
    private static Attributes manifest;

    @BeforeClass
    public static void readJar() throws IOException {
        String path = System.getProperty("plugin.jar");
        assertNotNull("system property plugin.jar (set by the failsafe configuration)", path);
        File jar = new File(path);
        assertTrue("plugin jar exists: " + jar, jar.isFile());
        try (JarFile file = new JarFile(jar)) {
            entries = file.stream().map(JarEntry::getName).collect(Collectors.toList());
            manifest = file.getManifest() == null ? new Attributes() : file.getManifest().getMainAttributes();
        }
    }

    @Test
    public void carriesTheBundleHeadersJiraNeedsToLoadItAsATransformerlessPlugin() {
        assertEquals("2", manifest.getValue("Bundle-ManifestVersion"));
        assertEquals(PLUGIN_KEY, manifest.getValue("Bundle-SymbolicName"));
        assertEquals(PLUGIN_KEY, manifest.getValue("Atlassian-Plugin-Key"));
        assertEquals("*", manifest.getValue("Spring-Context"));
        assertTrue(manifest.getValue("Bundle-Version").startsWith("1.0.0"));
        assertNull("nothing exported to other plugins", manifest.getValue("Export-Package"));
    }

    @Test
    public void importsWhatJiraProvidesWithRangesAndJiraSoftwareOptionally() {
        String imports = manifest.getValue("Import-Package");
        assertNotNull(imports);
        assertTrue(imports, imports.contains("jakarta.ws.rs;version=\"[3.1,4)\""));
        assertTrue(imports, imports.contains("net.java.ao;version=\"[3.2,8)\""));
        assertTrue(imports, imports.contains("com.atlassian.greenhopper.service.sprint;resolution:=optional"));
        assertFalse("commons-csv is embedded, not imported", imports.contains("org.apache.commons.csv"));
        assertFalse("the OWASP encoder is embedded, not imported", imports.contains("org.owasp.encoder"));
        assertFalse("java.* comes from the boot class path", imports.contains("java.lang"));
    }

    @Test
    public void containsNoAtlassianClass() {
        assertEquals(List.of(), matching("com/atlassian/"));
    }

    @Test
    public void containsNoJakartaOrJavaxApi() {
        assertEquals(List.of(), matching("jakarta/"));
        assertEquals(List.of(), matching("javax/"));
    }

    @Test
    public void containsNothingJiraProvides() {
        assertEquals(List.of(), matching("net/java/ao/"));
        assertEquals(List.of(), matching("com/fasterxml/jackson/"));
        assertEquals(List.of(), matching("org/slf4j/"));
    }

    @Test
    public void embedsCoreClassesAndResources() {
        assertTrue(entries.contains("com/outcomes/domain/Metric.class"));
        assertTrue(entries.contains("com/outcomes/port/WorkTracker.class"));
        assertTrue(entries.contains("com/outcomes/i18n/outcomes.properties"));
    }

    @Test
    public void embedsTheAdaptersAndLibrariesJiraLacks() {
        assertTrue(entries.contains("com/outcomes/jira/JiraWorkTracker.class"));
        assertTrue(entries.contains("org/apache/commons/csv/CSVParser.class"));
        assertTrue(entries.contains("org/owasp/encoder/Encode.class"));
    }

    @Test
    public void carriesTheDescriptorSpringContextAndIssueTypeIcons() {
        assertTrue(entries.contains("atlassian-plugin.xml"));
        assertTrue(entries.contains("META-INF/spring/plugin-context.xml"));
        assertTrue(entries.contains("icons/challenge.png"));
        assertTrue(entries.contains("icons/outcome.png"));
    }

    @Test
    public void holdsEveryResourceTheDescriptorNames() throws Exception {
        // given every location the descriptor points Jira at (web resources, templates, gadget, i18n bundle)
        List<String> locations = new ArrayList<>();
        try (JarFile file = new JarFile(System.getProperty("plugin.jar"))) {
            Document descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(file.getInputStream(file.getEntry("atlassian-plugin.xml")));
            NodeList resources = descriptor.getElementsByTagName("resource");
            for (int i = 0; i < resources.getLength(); i++) {
                Element resource = (Element) resources.item(i);
                String location = resource.getAttribute("location");
                locations.add("i18n".equals(resource.getAttribute("type"))
                        ? location.replace('.', '/') + ".properties" : location);
            }
            NodeList gadgets = descriptor.getElementsByTagName("gadget");
            for (int i = 0; i < gadgets.getLength(); i++) {
                locations.add(((Element) gadgets.item(i)).getAttribute("location"));
            }
        }

        // then each is in the jar
        assertTrue("locations found: " + locations, locations.size() > 10);
        assertEquals(List.of(), locations.stream().filter(location -> !entries.contains(location)).toList());
    }

    private static List<String> matching(String prefix) {
        return entries.stream().filter(name -> name.startsWith(prefix) && !name.endsWith("/")).toList();
    }
}
