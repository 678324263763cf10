package com.outcomes.preview.db;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the preview keeps its metrics and readings: an HSQLDB file database under the data directory
 * (kept between runs) unless a JDBC URL of a PostgreSQL server is given.
 */
public record DatabaseSettings(String url, String user, String password) {

    private static final Pattern CURRENT_SCHEMA = Pattern.compile("[?&]currentSchema=([^&]+)");

    /**
     * The embedded database: {@code DIR/outcomes.*} files, MVCC so concurrent requests do not lock each other out, and
     * no write delay — HSQLDB's default keeps commits in memory for up to 500 ms, so a write answered 2xx could be lost
     * with the process (DESIGN §5). The URL property only reaches databases it creates; {@link PreviewDatabase#open}
     * switches older ones over too.
     */
    public static DatabaseSettings embedded(Path dataDir) {
        String file = dataDir.toAbsolutePath().normalize().resolve("outcomes").toString().replace('\\', '/');
        return new DatabaseSettings("jdbc:hsqldb:file:" + file + ";hsqldb.tx=mvcc;hsqldb.lock_file=true;hsqldb.write_delay=false",
                "SA", "");
    }

    public DatabaseSettings {
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    public boolean isEmbedded() {
        return url.startsWith("jdbc:hsqldb:");
    }

    /** The schema named by {@code currentSchema=} in a PostgreSQL URL, or null: Active Objects must look only there. */
    public String schema() {
        Matcher m = CURRENT_SCHEMA.matcher(url);
        return m.find() ? m.group(1) : null;
    }

    /** The URL without credentials or parameters, for the start-up log. */
    public String describe() {
        int params = url.indexOf(isEmbedded() ? ';' : '?');
        return params < 0 ? url : url.substring(0, params);
    }
}
