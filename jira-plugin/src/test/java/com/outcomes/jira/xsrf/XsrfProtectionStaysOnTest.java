package com.outcomes.jira.xsrf;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.Test;

import com.outcomes.OutcomesCore;
import com.outcomes.jira.JiraOutcomesCore;

/**
 * DESIGN §5: in Jira, cross-site writes are stopped by Jira's own XSRF check, so no resource may opt out of it with
 * {@code @XsrfProtectionExcluded}. The class files themselves are searched (every annotation, whatever its retention,
 * is named in the constant pool of the class that carries it) — reflection would silently skip an annotation whose
 * type is not on the test class path, which the Atlassian one is not.
 */
public class XsrfProtectionStaysOnTest {

    private static final String ANNOTATION = "XsrfProtectionExcluded";

    @Test
    public void noClassOfThePluginOrCoreCarriesXsrfProtectionExcluded() throws Exception {
        // given the compiled plugin and core
        List<String> scanned = new ArrayList<>();
        TreeSet<String> carriers = new TreeSet<>();

        // when every class file is searched for the annotation's name
        carriers.addAll(classesNaming(location(JiraOutcomesCore.class), "com/outcomes/", scanned));
        carriers.addAll(classesNaming(location(OutcomesCore.class), "com/outcomes/", scanned));

        // then none names it
        assertTrue("the plugin and core were scanned: " + scanned.size(), scanned.size() > 50);
        assertTrue("the REST resources were scanned", scanned.contains("com/outcomes/jira/rest/MetricRestResource.class"));
        assertEquals("classes opting out of Jira's XSRF protection", new TreeSet<String>(), carriers);
    }

    @Test
    public void theSearchFindsAnAnnotationOfThatNameOnAPlantedClass() throws Exception {
        // given a test class carrying an annotation of that name (declared below)
        List<String> scanned = new ArrayList<>();

        // when
        TreeSet<String> carriers = classesNaming(location(XsrfProtectionStaysOnTest.class), "com/outcomes/jira/xsrf/", scanned);

        // then the planted class is found
        assertTrue(carriers.toString(), carriers.contains("com/outcomes/jira/xsrf/XsrfProtectionStaysOnTest$Planted.class"));
    }

    /** Stands in for Atlassian's annotation of the same simple name, on a test class only. */
    @Retention(RetentionPolicy.CLASS)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @interface XsrfProtectionExcluded {
    }

    static final class Planted {
        @XsrfProtectionExcluded
        void post() {
        }
    }

    private static Path location(Class<?> anchor) throws URISyntaxException {
        return new File(anchor.getProtectionDomain().getCodeSource().getLocation().toURI()).toPath();
    }

    /** Class files under {@code prefix} (a directory or a jar) whose bytes name the annotation, its own declaration aside. */
    private static TreeSet<String> classesNaming(Path location, String prefix, List<String> scanned) throws IOException {
        TreeSet<String> carriers = new TreeSet<>();
        byte[] name = ANNOTATION.getBytes(StandardCharsets.UTF_8);
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String entry = location.relativize(file).toString().replace(File.separatorChar, '/');
                    check(entry, prefix, Files.readAllBytes(file), name, scanned, carriers);
                }
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                for (JarEntry entry : jar.stream().filter(e -> e.getName().endsWith(".class")).toList()) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        check(entry.getName(), prefix, in.readAllBytes(), name, scanned, carriers);
                    }
                }
            }
        }
        return carriers;
    }

    private static void check(String entry, String prefix, byte[] bytes, byte[] name, List<String> scanned, TreeSet<String> carriers) {
        if (!entry.startsWith(prefix) || entry.endsWith("$" + ANNOTATION + ".class")) {
            return;
        }
        scanned.add(entry);
        if (indexOf(bytes, name) >= 0) {
            carriers.add(entry);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
