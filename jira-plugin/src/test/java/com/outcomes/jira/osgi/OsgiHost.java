package com.outcomes.jira.osgi;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

import org.objectweb.asm.ClassReader;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * A real OSGi framework (Apache Felix, the framework Jira's plugin system runs on) with one host bundle standing in
 * for Jira: it embeds the host jars (our stand-ins and the real library jars) and exports exactly the packages of a
 * {@link HostModel} at the modelled versions. A plugin jar is then installed and checked as Jira would meet it: it
 * must resolve, and every class in it must load through the bundle's class loader, with every class it names.
 */
public final class OsgiHost implements AutoCloseable {

    /** The constant pool tag of a class reference (JVMS 4.4.1). */
    private static final int CONSTANT_CLASS = 7;

    private final Framework framework;
    private final Path work;

    private OsgiHost(Framework framework, Path work) {
        this.framework = framework;
        this.work = work;
    }

    /** Starts a framework with the host model's packages exported by a host bundle built from the given jars. */
    public static OsgiHost start(HostModel model, List<Path> hostJars) throws IOException, BundleException {
        Path work = Files.createTempDirectory("osgi-host");
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, work.resolve("cache").toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        // Bundles see the JDK and nothing of the test's class path, as plugins in Jira see only what is exported.
        config.put(Constants.FRAMEWORK_BUNDLE_PARENT, Constants.FRAMEWORK_BUNDLE_PARENT_BOOT);
        config.put("felix.log.level", "1");
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no OSGi framework on the test class path"));
        Framework framework = factory.newFramework(config);
        framework.start();
        OsgiHost host = new OsgiHost(framework, work);
        Path hostBundle = host.hostBundle(model, hostJars);
        Bundle bundle = framework.getBundleContext().installBundle(hostBundle.toUri().toString());
        bundle.start();
        return host;
    }

    /** Installs a plugin jar and says what Jira would stumble on: an empty list when it resolves and loads. */
    public List<String> problemsOf(Path pluginJar) throws IOException, BundleException {
        Bundle plugin = framework.getBundleContext().installBundle(pluginJar.toUri().toString());
        boolean resolved = framework.adapt(FrameworkWiring.class).resolveBundles(Collections.singleton(plugin));
        if (!resolved) {
            try {
                plugin.start(); // only to obtain the framework's own account of the unresolved requirement
                return List.of("did not resolve, without a reason from the framework");
            } catch (BundleException e) {
                return List.of("does not resolve: " + e.getMessage());
            }
        }
        List<String> problems = new ArrayList<>();
        try (JarFile jar = new JarFile(pluginJar.toFile())) {
            for (JarEntry entry : jar.stream().filter(OsgiHost::isClass).toList()) {
                String className = binaryName(entry.getName());
                try {
                    plugin.loadClass(className);
                    // every class it names, in signatures or in code: what Jira would only meet when that line runs
                    for (String named : namedClasses(jar.getInputStream(entry).readAllBytes())) {
                        plugin.loadClass(named);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    problems.add(className + ": " + e);
                }
            }
        }
        return problems;
    }

    private static boolean isClass(JarEntry entry) {
        String name = entry.getName();
        return name.endsWith(".class") && !name.startsWith("META-INF/") && !name.endsWith("module-info.class");
    }

    private static String binaryName(String entryName) {
        return entryName.substring(0, entryName.length() - ".class".length()).replace('/', '.');
    }

    /** The classes a class file's constant pool names, JDK types left out (the boot class path has them). */
    static TreeSet<String> namedClasses(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        char[] buffer = new char[reader.getMaxStringLength()];
        TreeSet<String> names = new TreeSet<>();
        for (int item = 1; item < reader.getItemCount(); item++) {
            int offset = reader.getItem(item);
            if (offset > 0 && reader.readByte(offset - 1) == CONSTANT_CLASS) {
                String internal = reader.readUTF8(offset, buffer); // a Class entry holds the index of its name
                String element = internal.replaceFirst("^\\[+L?", "").replaceFirst(";$", "");
                if (element.length() > 1 && !element.startsWith("java/")) {
                    names.add(element.replace('/', '.'));
                }
            }
        }
        return names;
    }

    /** The host bundle: the host jars on its Bundle-ClassPath, the model's packages exported at its versions. */
    private Path hostBundle(HostModel model, List<Path> hostJars) throws IOException {
        TreeSet<String> packages = new TreeSet<>();
        for (Path jar : hostJars) {
            packages.addAll(packagesIn(jar));
        }
        List<String> exports = new ArrayList<>();
        for (HostModel.Export export : model.exports()) {
            if (export.fromFramework()) {
                continue; // the system bundle exports it
            }
            if (export.pattern().endsWith(".*")) {
                packages.stream().filter(export::covers).filter(p -> !alreadyExported(exports, p))
                        .forEach(p -> exports.add(p + ";version=\"" + export.version() + "\""));
            } else if (!alreadyExported(exports, export.pattern())) {
                exports.add(export.pattern() + ";version=\"" + export.version() + "\"");
            }
        }
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
        main.putValue(Constants.BUNDLE_SYMBOLICNAME, "outcomes.test.host");
        main.putValue(Constants.BUNDLE_VERSION, "1.0.0");
        main.putValue(Constants.BUNDLE_CLASSPATH, ".," + hostJars.stream()
                .map(jar -> "lib/" + jar.getFileName()).collect(Collectors.joining(",")));
        main.putValue(Constants.EXPORT_PACKAGE, String.join(",", exports));
        Path bundle = work.resolve("host.jar");
        try (OutputStream out = Files.newOutputStream(bundle); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            for (Path hostJar : hostJars) {
                jar.putNextEntry(new JarEntry("lib/" + hostJar.getFileName()));
                Files.copy(hostJar, jar);
                jar.closeEntry();
            }
        }
        return bundle;
    }

    private static boolean alreadyExported(List<String> exports, String packageName) {
        return exports.stream().anyMatch(e -> e.startsWith(packageName + ";"));
    }

    private static List<String> packagesIn(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream().map(JarEntry::getName)
                    .filter(name -> name.endsWith(".class") && name.contains("/") && !name.startsWith("META-INF/"))
                    .map(name -> name.substring(0, name.lastIndexOf('/')).replace('/', '.'))
                    .distinct().toList();
        }
    }

    @Override
    public void close() throws Exception {
        framework.stop();
        framework.waitForStop(10_000);
        try (var files = Files.walk(work)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
