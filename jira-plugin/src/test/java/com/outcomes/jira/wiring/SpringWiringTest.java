package com.outcomes.jira.wiring;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;

import org.junit.BeforeClass;
import org.junit.Test;
import org.springframework.beans.factory.UnsatisfiedDependencyException;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.outcomes.jira.ClassScan;
import com.outcomes.jira.JiraOutcomesCore;
import com.outcomes.jira.review.SprintReviewServlet;
import com.outcomes.jira.wiring.broken.ComponentImportingAnUnlistedService;
import com.outcomes.jira.wiring.broken.ComponentNeedingAnUnprovidedService;
import com.outcomes.jira.wiring.broken.UnprovidedService;

/**
 * The plugin's component graph wires as Jira wires it (see {@link PluginContainer}): every component found in the
 * plugin's classes is created from the others and from mocked host services, every module class of the descriptor
 * is then built from those beans, and every host service imported is one Jira exports to plugins
 * ({@code jira-host-services.txt}). Classes are found by scanning, so a new component or import is checked without
 * touching this test.
 */
public class SpringWiringTest {

    private static final String PLUGIN_PACKAGE = "com.outcomes.jira";
    private static final String REST_PACKAGE = "com.outcomes.jira.rest";

    private static List<Class<?>> pluginClasses;
    private static List<Class<?>> components;
    private static Map<String, String> hostServices;

    @BeforeClass
    public static void scan() throws Exception {
        // the anchor is a main class, so the scan reads target/classes and never this test's own classes
        pluginClasses = ClassScan.classesUnder(JiraOutcomesCore.class, PLUGIN_PACKAGE);
        components = PluginContainer.components(pluginClasses);
        hostServices = hostServices("/jira-host-services.txt");
    }

    @Test
    public void everyComponentIsCreatedWithHostServicesMocked() {
        // given the components found in the plugin's classes
        assertTrue("the scan finds the composition root among " + names(components),
                components.contains(JiraOutcomesCore.class));

        // when the context is refreshed
        try (AnnotationConfigApplicationContext context = startOrFail(components)) {

            // then each component is a bean of its own class, created once
            for (Class<?> component : components) {
                assertEquals(component.getName() + " is one bean; components: " + names(components), 1,
                        context.getBeansOfType(component).values().stream().filter(bean -> bean.getClass() == component)
                                .count());
            }
        }
    }

    @Test
    public void everyModuleClassIsBuiltFromThePluginsBeans() throws Exception {
        // given the classes Jira instantiates for the descriptor's modules and the REST module's package
        List<Class<?>> modules = moduleClasses();
        assertTrue("modules found: " + names(modules), modules.contains(SprintReviewServlet.class));

        try (AnnotationConfigApplicationContext context = startOrFail(components)) {
            for (Class<?> module : modules) {
                // when Jira's plugin container builds it
                Object built;
                try {
                    built = PluginContainer.buildModule(context, module);
                } catch (RuntimeException e) {
                    throw new AssertionError(module.getName() + " cannot be built from the plugin's beans: "
                            + e.getMessage(), e);
                }

                // then
                assertEquals(module, built.getClass());
            }
        }
    }

    @Test
    public void aComponentNeedingATypeNobodyProvidesFailsTheContextNamingThatType() {
        // given the plugin's components and one that needs a type no bean provides
        List<Class<?>> broken = new ArrayList<>(components);
        broken.add(ComponentNeedingAnUnprovidedService.class);
        List<Class<?>> classes = new ArrayList<>(pluginClasses);
        classes.add(ComponentNeedingAnUnprovidedService.class);

        // when
        UnsatisfiedDependencyException failure = assertThrows(UnsatisfiedDependencyException.class,
                () -> PluginContainer.start(broken, classes).close());

        // then
        assertTrue(failure.getMessage(), failure.getMessage().contains(UnprovidedService.class.getName()));
    }

    @Test
    public void everyImportedHostServiceIsOneJiraExportsToPlugins() {
        // given
        Map<Class<?>, Set<String>> imports = PluginContainer.imports(pluginClasses);
        assertFalse("imports found", imports.isEmpty());

        // when
        String unexported = unexported(imports);

        // then
        assertEquals("", unexported);
    }

    @Test
    public void anImportOfAServiceJiraDoesNotExportIsReportedWithItsImporter() {
        // given a component importing a type that is not on the list
        Map<Class<?>, Set<String>> imports = PluginContainer.imports(List.of(ComponentImportingAnUnlistedService.class));

        // when
        String unexported = unexported(imports);

        // then
        assertTrue(unexported, unexported.contains(UnprovidedService.class.getName()));
        assertTrue(unexported, unexported.contains(ComponentImportingAnUnlistedService.class.getName()));
    }

    @Test
    public void databaseAccessorIsNotAHostService() {
        assertFalse("Jira does not export DatabaseAccessor as an OSGi service",
                hostServices.containsKey("com.atlassian.jira.database.DatabaseAccessor"));
    }

    @Test
    public void everyListedHostServiceNamesItsSource() {
        for (Map.Entry<String, String> service : hostServices.entrySet()) {
            assertTrue(service.getKey() + " needs '# source: ...'",
                    service.getValue().startsWith("source:") && service.getValue().length() > "source:".length() + 10);
        }
        assertTrue("services listed: " + hostServices.keySet(), hostServices.size() >= 10);
    }

    private static AnnotationConfigApplicationContext startOrFail(List<Class<?>> beans) {
        try {
            return PluginContainer.start(beans, pluginClasses);
        } catch (RuntimeException e) {
            fail("the plugin's components do not wire: " + e.getMessage() + "\ncomponents: " + names(beans));
            throw e;
        }
    }

    /** One line per imported type that is not on the list, naming who imports it; empty when all are listed. */
    private static String unexported(Map<Class<?>, Set<String>> imports) {
        return imports.entrySet().stream()
                .filter(imported -> !hostServices.containsKey(imported.getKey().getName()))
                .map(imported -> imported.getKey().getName() + " (imported by " + imported.getValue()
                        + ") is not a service Jira exports to plugins: add it to jira-host-services.txt with its"
                        + " public source, or do not @ComponentImport it")
                .collect(Collectors.joining("\n"));
    }

    /** Classes of ours the descriptor names (context providers, conditions, servlet), plus the REST module's. */
    private static List<Class<?>> moduleClasses() throws Exception {
        Set<String> names = new TreeSet<>();
        try (InputStream in = SpringWiringTest.class.getResourceAsStream("/atlassian-plugin.xml")) {
            Document descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
            NodeList elements = descriptor.getElementsByTagName("*");
            for (int i = 0; i < elements.getLength(); i++) {
                Element element = (Element) elements.item(i);
                String type = element.getTagName().equals("upgradeTask") ? element.getTextContent().trim()
                        : element.getAttribute("class");
                if (type.startsWith(PLUGIN_PACKAGE + ".")) {
                    names.add(type);
                }
            }
        }
        List<Class<?>> modules = new ArrayList<>();
        for (String name : names) {
            modules.add(Class.forName(name));
        }
        for (Class<?> type : ClassScan.classesOf(JiraOutcomesCore.class, REST_PACKAGE)) {
            if (type.isAnnotationPresent(Path.class) || type.isAnnotationPresent(Provider.class)) {
                modules.add(type);
            }
        }
        return modules;
    }

    /** FQCN to its {@code # source: ...} comment; lines starting with # are comments. */
    private static Map<String, String> hostServices(String resource) throws IOException {
        Map<String, String> services = new LinkedHashMap<>();
        try (InputStream in = SpringWiringTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is missing");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                int comment = entry.indexOf('#');
                String type = (comment < 0 ? entry : entry.substring(0, comment)).strip();
                services.put(type, comment < 0 ? "" : entry.substring(comment + 1).strip());
            }
        }
        return services;
    }

    private static String names(List<Class<?>> types) {
        return types.stream().map(Class::getName).collect(Collectors.joining(", ", "[", "]"));
    }
}
