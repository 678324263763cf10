package com.outcomes.preview;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.outcomes.preview.db.DatabaseSettings;

/**
 * Which database the HTTP suite runs on: the embedded HSQLDB file database by default, PostgreSQL
 * when {@code -Dpreview.test.database=postgres} (profile {@code db-postgres}) — then in a fresh
 * schema per run so runs never see each other's rows.
 */
final class TestDatabases {

    private static final Logger LOG = LoggerFactory.getLogger(TestDatabases.class);
    static final String PROPERTY = "preview.test.database";
    private static final String POSTGRES_URL = System.getProperty("outcomes.test.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String POSTGRES_USER = System.getProperty("outcomes.test.jdbc.user", "postgres");
    private static final String POSTGRES_PASSWORD = System.getProperty("outcomes.test.jdbc.password", "");

    private TestDatabases() {
    }

    static boolean postgres() {
        return "postgres".equalsIgnoreCase(System.getProperty(PROPERTY, "hsql"));
    }

    /** Settings for a new, empty database; the data directory is used by the embedded one. */
    static DatabaseSettings fresh(Path dataDir) {
        if (!postgres()) {
            LOG.info("HTTP suite on embedded HSQLDB in {}", dataDir);
            return DatabaseSettings.embedded(dataDir);
        }
        String schema = "preview_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, POSTGRES_PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL for the HTTP suite is not reachable at " + POSTGRES_URL, e);
        }
        LOG.info("HTTP suite on PostgreSQL {} schema {}", POSTGRES_URL, schema);
        String separator = POSTGRES_URL.contains("?") ? "&" : "?";
        // Keep this the last parameter: drop() reads the schema back from the end of the URL.
        return new DatabaseSettings(POSTGRES_URL + separator + "currentSchema=" + schema, POSTGRES_USER, POSTGRES_PASSWORD);
    }

    /** Drops the schema a PostgreSQL run made, so CI databases do not collect schemas. */
    static void drop(DatabaseSettings settings) {
        String schema = settings.schema();
        if (settings.isEmbedded() || schema == null || !schema.startsWith("preview_")) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, POSTGRES_PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA " + schema + " CASCADE");
        } catch (SQLException e) {
            LOG.warn("Could not drop the test schema {}: {}", schema, e.getMessage());
        }
    }
}
