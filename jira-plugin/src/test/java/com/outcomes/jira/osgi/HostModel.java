package com.outcomes.jira.osgi;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The packages a Jira version exports to plugins, as data ({@code src/test/resources/host/*.csv}): one row a
 * package (or {@code prefix.*} for every package under it found in the host jars), the version Jira exports it at,
 * and the public source the row was taken from.
 */
public final class HostModel {

    /** One exported package, or a family of them when {@code pattern} ends in {@code .*}. */
    public record Export(String pattern, String version, String source) {

        /** Exported by the OSGi framework's system bundle, not by Jira's libraries. */
        public boolean fromFramework() {
            return "framework".equals(version);
        }

        public boolean covers(String packageName) {
            if (pattern.endsWith(".*")) {
                String prefix = pattern.substring(0, pattern.length() - 2);
                return packageName.equals(prefix) || packageName.startsWith(prefix + ".");
            }
            return pattern.equals(packageName);
        }
    }

    private final String name;
    private final List<Export> exports;

    private HostModel(String name, List<Export> exports) {
        this.name = name;
        this.exports = List.copyOf(exports);
    }

    /** Reads {@code host/NAME.csv} from the test class path. */
    public static HostModel load(String name) throws IOException {
        String resource = "/host/" + name + ".csv";
        try (InputStream in = Objects.requireNonNull(HostModel.class.getResourceAsStream(resource), resource);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                    .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).build();
            List<Export> exports = new ArrayList<>();
            for (CSVRecord row : format.parse(reader)) {
                exports.add(new Export(row.get("package"), row.get("version"), row.get("source")));
            }
            return new HostModel(name, exports);
        }
    }

    public String name() {
        return name;
    }

    public List<Export> exports() {
        return exports;
    }

    /** The exported version of a package, or null when the model does not export it. */
    public String versionOf(String packageName) {
        return exports.stream().filter(e -> e.covers(packageName)).map(Export::version).findFirst().orElse(null);
    }

    /** A copy with one package's row replaced or removed (null version): for the tests that plant a fault. */
    public HostModel with(String pattern, String version) {
        List<Export> changed = new ArrayList<>();
        for (Export e : exports) {
            if (!e.pattern().equals(pattern)) {
                changed.add(e);
            }
        }
        if (version != null) {
            changed.add(0, new Export(pattern, version, "planted by a test"));
        }
        return new HostModel(name + " (" + pattern + " " + version + ")", changed);
    }

    /** A copy without the rows under a prefix: e.g. Jira without Jira Software. */
    public HostModel without(String patternPrefix) {
        List<Export> kept = exports.stream().filter(e -> !e.pattern().startsWith(patternPrefix)).toList();
        return new HostModel(name + " without " + patternPrefix, kept);
    }
}
