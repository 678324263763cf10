package com.outcomes.jira;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Classes of the classpath entry (directory or jar) holding an anchor class: one package, or a package tree. */
public final class ClassScan {

    private ClassScan() {
    }

    /** The top-level classes of one package (not sub-packages). */
    public static List<Class<?>> classesOf(Class<?> anchor, String packageName) throws IOException, URISyntaxException {
        File location = new File(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        String folder = packageName.replace('.', '/') + "/";
        List<String> names = new ArrayList<>();
        if (location.isDirectory()) {
            Path dir = location.toPath().resolve(folder);
            try (Stream<Path> files = Files.list(dir)) {
                files.map(file -> folder + file.getFileName()).forEach(names::add);
            }
        } else {
            try (JarFile jar = new JarFile(location)) {
                jar.stream().map(JarEntry::getName).forEach(names::add);
            }
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            String rest = name.startsWith(folder) ? name.substring(folder.length()) : null;
            if (rest != null && rest.endsWith(".class") && !rest.contains("/") && !rest.contains("$")) {
                try {
                    classes.add(Class.forName(name.substring(0, name.length() - ".class".length()).replace('/', '.')));
                } catch (ClassNotFoundException e) {
                    throw new IOException("listed but not loadable: " + name, e);
                }
            }
        }
        return classes;
    }

    /**
     * Every named class (top-level and member classes, not anonymous or local ones) of a package and its
     * sub-packages, loaded without running static initialisers, sorted by name.
     */
    public static List<Class<?>> classesUnder(Class<?> anchor, String packageName) throws IOException, URISyntaxException {
        File location = new File(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        String folder = packageName.replace('.', '/') + "/";
        List<String> names = new ArrayList<>();
        if (location.isDirectory()) {
            Path root = location.toPath();
            try (Stream<Path> files = Files.walk(root.resolve(folder))) {
                files.filter(Files::isRegularFile)
                        .map(file -> root.relativize(file).toString().replace(File.separatorChar, '/'))
                        .forEach(names::add);
            }
        } else {
            try (JarFile jar = new JarFile(location)) {
                jar.stream().map(JarEntry::getName).forEach(names::add);
            }
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            if (name.startsWith(folder) && name.endsWith(".class") && !name.endsWith("module-info.class")
                    && !name.endsWith("package-info.class")) {
                String className = name.substring(0, name.length() - ".class".length()).replace('/', '.');
                try {
                    Class<?> type = Class.forName(className, false, anchor.getClassLoader());
                    if (!type.isAnonymousClass() && !type.isLocalClass() && !type.isSynthetic()) {
                        classes.add(type);
                    }
                } catch (ClassNotFoundException e) {
                    throw new IOException("listed but not loadable: " + name, e);
                }
            }
        }
        classes.sort(Comparator.comparing(Class::getName));
        return classes;
    }
}
