package com.outcomes.jira;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The Jira 10.3 variant of the plugin jar ({@code -jira10}, made by the Eclipse Transformer): the same content as the
 * Jira 11 jar with every jakarta reference renamed to the javax package Jira 10 provides, and classes that load
 * and carry their JAX-RS and injection annotations against the javax APIs alone.
 */
public class Jira10JarIT {

    private static File jira11;
    private static File jira10;

    @BeforeClass
    public static void locateJars() {
        jira11 = jar("plugin.jar");
        jira10 = jar("plugin.jar.jira10");
    }

    @Test
    public void holdsTheSameClassesAndResourcesAsTheJira11Jar() throws IOException {
        assertEquals(contentNames(jira11), contentNames(jira10));
    }

    @Test
    public void noClassReferencesAJakartaPackage() throws IOException {
        List<String> withJakarta = new ArrayList<>();
        int withJavax = 0;
        try (JarFile file = new JarFile(jira10)) {
            for (JarEntry entry : file.stream().filter(e -> e.getName().endsWith(".class")).toList()) {
                // constant pools hold type names as UTF-8: a rename missed by the rules shows up as text
                String bytes = new String(file.getInputStream(entry).readAllBytes(), StandardCharsets.ISO_8859_1);
                if (bytes.contains("jakarta/")) {
                    withJakarta.add(entry.getName());
                }
                if (bytes.contains("javax/ws/rs/") || bytes.contains("javax/inject/")) {
                    withJavax++;
                }
            }
        }
        assertEquals(List.of(), withJakarta);
        assertTrue("classes referencing javax.ws.rs or javax.inject: " + withJavax, withJavax > 20);
    }

    @Test
    public void manifestImportsTheJavaxPackagesAtJira10Ranges() throws IOException {
        try (JarFile file = new JarFile(jira10)) {
            // given the manifest bnd wrote and the transformer renamed
            Attributes manifest = file.getManifest().getMainAttributes();
            String imports = manifest.getValue("Import-Package");

            // then the javax imports carry Jira 10.3's ranges, and nothing jakarta is left
            assertTrue(imports, imports.contains("javax.ws.rs;version=\"[2.1,3)\""));
            assertTrue(imports, imports.contains("javax.servlet.http;version=\"[4.0,5)\""));
            assertTrue(imports, imports.contains("javax.inject;version=\"[1,2)\""));
            assertFalse(imports, imports.contains("jakarta."));
            assertEquals("com.outcomes.outcomes-jira-plugin", manifest.getValue("Atlassian-Plugin-Key"));
            assertEquals("*", manifest.getValue("Spring-Context"));
        }
    }

    @Test
    public void resourcesAndComponentsCarryJavaxAnnotationsWhenLoadedWithoutJakarta() throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jira10.toURI().toURL()}, new WithoutJakartaOrPlugin())) {
            // given the Jira REST resource and the core resource it inherits its methods from
            Class<?> dashboard = loader.loadClass("com.outcomes.jira.rest.DashboardRestResource");
            Class<?> jaxrsPath = loader.loadClass("javax.ws.rs.Path");
            Class<?> produces = loader.loadClass("javax.ws.rs.Produces");
            Class<?> inject = loader.loadClass("javax.inject.Inject");

            // then
            assertEquals("dashboard", annotationValue(dashboard.getAnnotation(jaxrsPath.asSubclass(Annotation.class))));
            Method get = Arrays.stream(dashboard.getSuperclass().getMethods()).filter(m -> m.getName().equals("get"))
                    .findFirst().orElseThrow();
            assertNotNull(get.getAnnotation(loader.loadClass("javax.ws.rs.GET").asSubclass(Annotation.class)));
            assertArrayEquals(new String[] {"application/json"}, (String[]) produces.getMethod("value")
                    .invoke(dashboard.getSuperclass().getAnnotation(produces.asSubclass(Annotation.class))));
            Class<?> persistence = loader.loadClass("com.outcomes.jira.store.JiraStoreDatabase");
            assertTrue(Arrays.stream(persistence.getConstructors())
                    .anyMatch((Constructor<?> c) -> c.isAnnotationPresent(inject.asSubclass(Annotation.class))));
            // our page servlets extend JiraPageServlet, which is Jira 10's (javax) HttpServlet
            assertEquals("javax.servlet.http.HttpServlet",
                    loader.loadClass("com.outcomes.jira.review.SprintReviewServlet").getSuperclass().getSuperclass().getName());
        }
    }

    private static String annotationValue(Object annotation) throws Exception {
        assertNotNull("annotation present", annotation);
        return (String) annotation.getClass().getMethod("value").invoke(annotation);
    }

    private static TreeSet<String> contentNames(File jar) throws IOException {
        try (JarFile file = new JarFile(jar)) {
            // the transformer rewrites the manifest and leaves out the embedded libraries' Maven metadata
            return file.stream().map(JarEntry::getName)
                    .filter(name -> !name.startsWith("META-INF/maven/") && !name.equals("META-INF/MANIFEST.MF"))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    private static File jar(String property) {
        String path = System.getProperty(property);
        assertNotNull("system property " + property + " (set by the failsafe configuration)", path);
        File jar = new File(path);
        assertTrue("jar exists: " + jar, jar.isFile());
        return jar;
    }

    /**
     * The test class path without the jakarta APIs and without the plugin's own untransformed classes, so the
     * classes under test come from the javax jar and can only link against javax.
     */
    private static final class WithoutJakartaOrPlugin extends ClassLoader {

        WithoutJakartaOrPlugin() {
            super(Jira10JarIT.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("jakarta.") || name.startsWith("com.outcomes.")) {
                throw new ClassNotFoundException(name);
            }
            return super.loadClass(name, resolve);
        }
    }
}
