package com.outcomes.preview.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of an npm WebJar on the classpath, so page links follow the managed version in the root pom. */
final class WebJarVersion {

    private WebJarVersion() {
    }

    static String of(String npmName) {
        String path = "META-INF/maven/org.webjars.npm/" + npmName + "/pom.properties";
        try (InputStream in = WebJarVersion.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("WebJar " + npmName + " is not on the classpath");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
