package com.outcomes.jira.osgi;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.everyItem;
import static org.hamcrest.CoreMatchers.hasItem;
import static org.hamcrest.CoreMatchers.startsWith;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.Test;

/**
 * The plugin jars as Jira's OSGi container meets them: each installed beside a host bundle that exports what the
 * Jira version it targets exports (the host models in {@code src/test/resources/host/}), resolved, and every class
 * loaded through the bundle's class loader. Runs after {@code package}, on the jars the build ships.
 */
public class BundleResolveIT {

    private static final String JIRA_11 = "jira-11.3";
    private static final String JIRA_10 = "jira-10.3";

    @Test
    public void jira11JarResolvesAndLoadsEveryClassOnJira11() throws Exception {
        // given the 11.3 host, when the plugin jar is installed
        List<String> problems = problems(HostModel.load(JIRA_11), "jakarta", jar("plugin.jar"));

        // then it resolves and all its classes load
        assertEquals(List.of(), problems);
    }

    @Test
    public void jira10JarResolvesAndLoadsEveryClassOnJira10() throws Exception {
        List<String> problems = problems(HostModel.load(JIRA_10), "javax", jar("plugin.jar.jira10"));

        assertEquals(List.of(), problems);
    }

    @Test
    public void jira11JarResolvesWithoutJiraSoftware() throws Exception {
        // given a Jira without Jira Software (no com.atlassian.greenhopper packages)
        HostModel jiraCore = HostModel.load(JIRA_11).without("com.atlassian.greenhopper");

        // when the plugin is installed
        List<String> problems = problems(jiraCore, "jakarta", jar("plugin.jar"));

        // then it still resolves (the import is optional); only the class that is loaded when Jira Software's
        // sprint service is found cannot load, and nothing reaches it without that service
        assertThat(problems, everyItem(startsWith("com.outcomes.jira.sprint.GreenHopperSprints")));
        assertThat("the host really lacks Jira Software", problems,
                hasItem(startsWith("com.outcomes.jira.sprint.GreenHopperSprints")));
    }

    @Test
    public void aMissingImportIsCaught() throws Exception {
        // given a plugin jar whose manifest lost its Active Objects imports
        Path broken = PlantedFaults.withoutImports(jar("plugin.jar"), "net.java.ao");

        // when it is installed on the 11.3 host
        List<String> problems = problems(HostModel.load(JIRA_11), "jakarta", broken);

        // then it resolves (nothing requires the package) but classes naming AO types fail to load
        assertTrue("expected class loading failures", !problems.isEmpty());
        assertThat(problems.toString(), containsString("net/java/ao"));
    }

    @Test
    public void aHostVersionOutsideTheImportRangeIsCaught() throws Exception {
        // given a host that exports JAX-RS 2.1 under the jakarta name, outside the plugin's [3.1,4)
        HostModel oldRest = HostModel.load(JIRA_11).with("jakarta.ws.rs.*", "2.1.6");

        // when the 11.3 jar is installed there
        List<String> problems = problems(oldRest, "jakarta", jar("plugin.jar"));

        // then it does not resolve, and the framework names the package
        assertEquals(1, problems.size());
        assertThat(problems.get(0), containsString("does not resolve"));
        assertThat(problems.get(0), containsString("jakarta.ws.rs"));
    }

    @Test
    public void jira11JarDoesNotResolveOnJira10() throws Exception {
        // the two jars are not interchangeable: the jakarta jar on a javax host is refused at install
        List<String> problems = problems(HostModel.load(JIRA_10), "javax", jar("plugin.jar"));

        assertThat(problems, hasItem(containsString("does not resolve")));
    }

    @Test
    public void everyThirdPartyImportCarriesAVersionRangeTheModelSatisfies() throws Exception {
        // the ranges in the pom come from the model: a package imported without a range would accept any version
        for (String clause : PlantedFaults.clauses(importPackage(jar("plugin.jar")))) {
            String name = clause.split(";")[0];
            if (!name.startsWith("com.atlassian.") && !clause.contains("resolution:=optional")) {
                assertThat(name + " imported without a version range", clause, containsString("version="));
                assertNotNull(name + " is not in the 11.3 host model", HostModel.load(JIRA_11).versionOf(name));
            }
        }
    }

    private static List<String> problems(HostModel model, String namespace, Path pluginJar) throws Exception {
        try (OsgiHost host = OsgiHost.start(model, hostJars("common", namespace))) {
            return host.problemsOf(pluginJar);
        }
    }

    private static List<Path> hostJars(String... sets) throws IOException {
        String dir = System.getProperty("osgi.host.dir");
        assertNotNull("system property osgi.host.dir (set by the failsafe configuration)", dir);
        List<Path> jars = new ArrayList<>();
        for (String set : sets) {
            try (Stream<Path> files = Files.list(Paths.get(dir, set))) {
                files.filter(f -> f.toString().endsWith(".jar")).sorted().forEach(jars::add);
            }
        }
        return jars;
    }

    private static String importPackage(Path jar) throws IOException {
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
            return file.getManifest().getMainAttributes().getValue("Import-Package");
        }
    }

    private static Path jar(String property) {
        String path = System.getProperty(property);
        assertNotNull("system property " + property + " (set by the failsafe configuration)", path);
        Path jar = Paths.get(path);
        assertTrue("plugin jar exists: " + jar, Files.isRegularFile(jar));
        return jar;
    }
}
