package com.outcomes.jira.osgi;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.osgi.framework.Constants;

/** Copies of the plugin jar with one thing broken, to show the resolve test would notice. */
final class PlantedFaults {

    private PlantedFaults() {
    }

    /** The jar with every Import-Package clause for packages under {@code prefix} removed. */
    static Path withoutImports(Path pluginJar, String prefix) throws IOException {
        Path copy = Files.createTempFile("plugin-without-" + prefix, ".jar");
        try (JarFile in = new JarFile(pluginJar.toFile())) {
            Manifest manifest = new Manifest(in.getManifest());
            String imports = manifest.getMainAttributes().getValue(Constants.IMPORT_PACKAGE);
            List<String> kept = new ArrayList<>();
            for (String clause : clauses(imports)) {
                if (!clause.startsWith(prefix)) {
                    kept.add(clause);
                }
            }
            if (kept.size() == clauses(imports).size()) {
                throw new IllegalArgumentException("the plugin imports nothing under " + prefix);
            }
            manifest.getMainAttributes().putValue(Constants.IMPORT_PACKAGE, String.join(",", kept));
            try (OutputStream out = Files.newOutputStream(copy); JarOutputStream jar = new JarOutputStream(out, manifest)) {
                Enumeration<JarEntry> entries = in.entries();
                while (entries.hasMoreElements()) {
                    JarEntry entry = entries.nextElement();
                    if (entry.getName().equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
                        continue;
                    }
                    jar.putNextEntry(new JarEntry(entry.getName()));
                    in.getInputStream(entry).transferTo(jar);
                    jar.closeEntry();
                }
            }
        }
        return copy;
    }

    /** Splits a manifest header into clauses at the commas outside quotes. */
    static List<String> clauses(String header) {
        List<String> clauses = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(current.toString().trim());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            clauses.add(current.toString().trim());
        }
        return clauses;
    }
}
