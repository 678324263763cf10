package com.outcomes.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Reads the packaged plugin jar (failsafe runs after {@code package}, and passes its path): it must embed core
 * and the libraries Jira lacks, and nothing Jira provides — above all no stand-in {@code com.atlassian} class.
 */
public class PluginJarIT {

    private static List<String> entries;

    @BeforeClass
    public static void readJar() throws IOException {
        String path = System.getProperty("plugin.jar");
        assertNotNull("system property plugin.jar (set by the failsafe configuration)", path);
        File jar = new File(path);
        assertTrue("plugin jar exists: " + jar, jar.isFile());
        try (JarFile file = new JarFile(jar)) {
            entries = file.stream().map(JarEntry::getName).collect(Collectors.toList());
        }
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
        assertEquals(List.of(), matching("com/fasterxml/jackson/databind/"));
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
    }

    @Test
    public void carriesTheDescriptorSpringContextAndIssueTypeIcons() {
        assertTrue(entries.contains("atlassian-plugin.xml"));
        assertTrue(entries.contains("META-INF/spring/plugin-context.xml"));
        assertTrue(entries.contains("icons/challenge.png"));
        assertTrue(entries.contains("icons/outcome.png"));
    }

    private static List<String> matching(String prefix) {
        return entries.stream().filter(name -> name.startsWith(prefix) && !name.endsWith("/")).toList();
    }
}
