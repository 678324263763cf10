package com.outcomes.preview.db;

import static org.junit.Assert.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The embedded database acknowledges a commit only once it is on disk (DESIGN §5), new or made by an older version. */
public class PreviewDatabaseTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void aNewEmbeddedDatabaseHasNoWriteDelay() throws Exception {
        // given
        DatabaseSettings settings = DatabaseSettings.embedded(folder.getRoot().toPath().resolve("new"));

        // when
        try (PreviewDatabase database = PreviewDatabase.open(settings)) {
            // then
            assertEquals("false", property(settings.url(), "hsqldb.write_delay"));
            assertEquals("0", property(settings.url(), "hsqldb.write_delay_millis"));
        }
    }

    @Test
    public void anEmbeddedDatabaseMadeWithTheDefaultWriteDelayIsSwitchedToSyncEveryCommit() throws Exception {
        // given a database created as earlier versions did, with HSQLDB's default 500 ms write delay
        Path dir = folder.getRoot().toPath().resolve("old");
        String oldUrl = "jdbc:hsqldb:file:" + dir.resolve("outcomes") + ";hsqldb.tx=mvcc;hsqldb.lock_file=true";
        assertEquals("500", property(oldUrl, "hsqldb.write_delay_millis"));
        shutdown(oldUrl);
        DatabaseSettings settings = DatabaseSettings.embedded(dir);

        // when the preview opens it
        try (PreviewDatabase database = PreviewDatabase.open(settings)) {
            // then
            assertEquals("false", property(settings.url(), "hsqldb.write_delay"));
        }
        // and it stays so
        assertEquals("0", property(oldUrl, "hsqldb.write_delay_millis"));
        shutdown(oldUrl);
    }

    private static String property(String url, String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "SA", "");
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(
                     "SELECT PROPERTY_VALUE FROM INFORMATION_SCHEMA.SYSTEM_PROPERTIES WHERE PROPERTY_NAME = '" + name + "'")) {
            row.next();
            return row.getString(1);
        }
    }

    private static void shutdown(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "SA", "");
             Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
    }
}
