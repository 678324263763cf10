package com.outcomes.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;

import org.junit.BeforeClass;
import org.junit.Test;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.outcomes.jira.ClassScan;
import com.outcomes.jira.JiraAccessPolicy;
import com.outcomes.jira.JiraCaches;
import com.outcomes.jira.JiraIssueCounter;
import com.outcomes.jira.JiraIssueLinks;
import com.outcomes.jira.JiraMailer;
import com.outcomes.jira.JiraOutcomesCore;
import com.outcomes.jira.JiraViewer;
import com.outcomes.jira.JiraWorkTracker;
import com.outcomes.jira.store.JiraStoreDatabase;
import com.outcomes.port.Templates;
import com.outcomes.rest.ErrorMapper;
import com.outcomes.rest.MetricResource;
import com.outcomes.rest.TransportRules;

/**
 * Jira's REST module scans only {@code com.outcomes.jira.rest} (see atlassian-plugin.xml): every resource of core
 * must be reachable through exactly one plugin subclass there, at the same path, with an explicit access rule.
 */
public class RestWiringTest {

    private static final String PLUGIN_REST = "com.outcomes.jira.rest";

    private static List<Class<?>> coreResources;
    private static List<Class<?>> pluginClasses;

    @BeforeClass
    public static void scan() throws Exception {
        coreResources = new ArrayList<>();
        for (Class<?> type : ClassScan.classesOf(MetricResource.class, "com.outcomes.rest")) {
            if (type.isAnnotationPresent(Path.class)) {
                coreResources.add(type);
            }
        }
        pluginClasses = ClassScan.classesOf(RestWiringTest.class.getClassLoader().loadClass(PLUGIN_REST + ".MetricRestResource"), PLUGIN_REST);
    }

    @Test
    public void coreHasTheResourcesOfTheApi() {
        assertTrue("core resources found: " + coreResources, coreResources.size() >= 5);
    }

    @Test
    public void everyCoreResourceHasOnePluginSubclassAtTheSamePath() {
        Map<String, String> expected = new TreeMap<>();
        Map<String, String> actual = new TreeMap<>();
        for (Class<?> resource : coreResources) {
            expected.put(resource.getName(), resource.getAnnotation(Path.class).value());
            for (Class<?> candidate : pluginClasses) {
                if (candidate.getSuperclass() == resource) {
                    assertFalse("two subclasses of " + resource, actual.containsKey(resource.getName()));
                    Path path = candidate.getAnnotation(Path.class);
                    actual.put(resource.getName(), path == null ? null : path.value());
                }
            }
        }
        assertEquals(expected, actual);
    }

    @Test
    public void everyPluginResourceIsAuthenticatedAndInjectable() {
        for (Class<?> type : pluginClasses) {
            if (!type.isAnnotationPresent(Path.class)) {
                continue;
            }
            assertTrue(type + " needs the REST v2 access rule", type.isAnnotationPresent(LicensedOnly.class));
            assertTrue(type + " is a component", type.isAnnotationPresent(Named.class));
            Constructor<?>[] constructors = type.getConstructors();
            assertEquals(type + " has one constructor", 1, constructors.length);
            assertTrue(type + " constructor is @Inject", constructors[0].isAnnotationPresent(Inject.class));
            assertTrue(type + " serves HTTP methods", httpMethods(type) > 0);
        }
    }

    @Test
    public void errorMappingIsAProviderInThePluginPackage() {
        long providers = pluginClasses.stream()
                .filter(type -> ErrorMapper.class.isAssignableFrom(type) && type.isAnnotationPresent(Provider.class))
                .count();
        assertEquals(1, providers);
    }

    @Test
    public void transportRulesAreAProviderInThePluginPackage() {
        long providers = pluginClasses.stream()
                .filter(type -> TransportRules.class.isAssignableFrom(type) && type.isAnnotationPresent(Provider.class)
                        && type.isAnnotationPresent(Named.class))
                .count();
        assertEquals(1, providers);
    }

    @Test
    public void everyPluginResourceCanBeBuiltFromTheComposedCore() throws Exception {
        // given core composed from (mocked) Jira adapters
        JiraOutcomesCore core = new JiraOutcomesCore(mock(JiraStoreDatabase.class), mock(JiraWorkTracker.class),
                mock(JiraAccessPolicy.class), mock(Templates.class), mock(JiraViewer.class), mock(JiraIssueCounter.class),
                mock(JiraMailer.class), mock(JiraIssueLinks.class), mock(JiraCaches.class));

        // then each resource and provider is constructed from it
        int built = 0;
        for (Class<?> type : pluginClasses) {
            if (type.isAnnotationPresent(Path.class) || type.isAnnotationPresent(Provider.class)) {
                assertFalse(Modifier.isAbstract(type.getModifiers()));
                Constructor<?> constructor = type.getConstructors()[0];
                assertNotNull(constructor.getParameterCount() == 0 ? constructor.newInstance() : constructor.newInstance(core));
                built++;
            }
        }
        // the resources, the error mapper and the transport rules
        assertEquals(coreResources.size() + 2, built);
    }

    private static int httpMethods(Class<?> type) {
        int count = 0;
        for (Method method : type.getMethods()) {
            if (method.isAnnotationPresent(GET.class) || method.isAnnotationPresent(POST.class)
                    || method.isAnnotationPresent(PUT.class) || method.isAnnotationPresent(DELETE.class)) {
                count++;
            }
        }
        return count;
    }
}
