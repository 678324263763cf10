package com.outcomes.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.DatabaseUpdater;
import net.java.ao.test.jdbc.Hsql;
import net.java.ao.test.jdbc.JdbcConfiguration;
import net.java.ao.test.jdbc.MySql;
import net.java.ao.test.jdbc.Postgres;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database the store tests run on, chosen by the system property {@code ao.test.database}
 * ({@code hsql} by default, {@code postgres}, {@code mysql}). Server coordinates default to our machines'
 * ({@code postgres}/"" on 127.0.0.1:5432/test, {@code root}/"" on 127.0.0.1:3306/test) and can be overridden
 * with {@code outcomes.test.jdbc.url/user/password}.
 *
 * <p>Each test JVM works in its own PostgreSQL schema or MariaDB database, created here and dropped at exit:
 * the AO runner empties whatever schema it is given, so sharing {@code public} with other runs would destroy
 * their tables.
 */
public final class StoreTestDatabase implements JdbcConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(StoreTestDatabase.class);
    private static final JdbcConfiguration SELECTED = select();

    /** Creates every store table (the runner empties the database before it). */
    public static final class StoreSchema implements DatabaseUpdater {
        @Override
        public void update(EntityManager entityManager) throws Exception {
            entityManager.migrate(StoreEntities.ALL);
        }
    }

    public static String describe() {
        return name() + " at " + SELECTED.getUrl() + " (schema " + SELECTED.getSchema() + ")";
    }

    public static String name() {
        return System.getProperty("ao.test.database", "hsql").toLowerCase(Locale.ROOT);
    }

    @Override
    public String getUrl() {
        return SELECTED.getUrl();
    }

    @Override
    public String getSchema() {
        return SELECTED.getSchema();
    }

    @Override
    public String getUsername() {
        return SELECTED.getUsername();
    }

    @Override
    public String getPassword() {
        return SELECTED.getPassword();
    }

    @Override
    public void init() {
        SELECTED.init();
    }

    // The runner keeps one migrated database per configuration: all instances name the same database.
    @Override
    public boolean equals(Object other) {
        return other instanceof StoreTestDatabase;
    }

    @Override
    public int hashCode() {
        return StoreTestDatabase.class.hashCode();
    }

    private static JdbcConfiguration select() {
        String runId = "outcomes_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        JdbcConfiguration selected = switch (name()) {
            case "hsql" -> new Hsql();
            case "postgres" -> OutcomesPostgres.forRun(runId);
            case "mysql" -> OutcomesMySql.forRun(runId);
            default -> throw new IllegalArgumentException("ao.test.database must be hsql, postgres or mysql, not " + name());
        };
        LOG.info("Store tests run on {} at {} (schema {})", name(), selected.getUrl(), selected.getSchema());
        return selected;
    }

    private static String property(String key, String fallback) {
        String value = System.getProperty(key);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run '" + sql + "' on " + url, e);
        }
    }

    /** PostgreSQL in a schema of its own, dropped when the JVM exits. */
    static final class OutcomesPostgres extends Postgres {

        OutcomesPostgres(String url, String user, String password, String schema) {
            super(url, user, password, schema);
        }

        static OutcomesPostgres forRun(String schema) {
            String url = property("outcomes.test.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/test");
            String user = property("outcomes.test.jdbc.user", "postgres");
            String password = System.getProperty("outcomes.test.jdbc.password", "");
            execute(url, user, password, "CREATE SCHEMA " + schema);
            Runtime.getRuntime().addShutdownHook(new Thread(
                    () -> execute(url, user, password, "DROP SCHEMA " + schema + " CASCADE")));
            return new OutcomesPostgres(url, user, password, schema);
        }
    }

    /** MariaDB/MySQL in a database of its own, dropped when the JVM exits. */
    static final class OutcomesMySql extends MySql {

        OutcomesMySql(String url, String user, String password) {
            super(url, user, password, null);
        }

        static OutcomesMySql forRun(String database) {
            String url = property("outcomes.test.jdbc.url",
                    "jdbc:mysql://127.0.0.1:3306/test?nullCatalogMeansCurrent=true");
            String user = property("outcomes.test.jdbc.user", "root");
            String password = System.getProperty("outcomes.test.jdbc.password", "");
            execute(url, user, password, "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
            Runtime.getRuntime().addShutdownHook(new Thread(
                    () -> execute(url, user, password, "DROP DATABASE " + database)));
            return new OutcomesMySql(withDatabase(url, database), user, password);
        }

        /** The same server URL with its database path replaced. */
        static String withDatabase(String url, String database) {
            int hostStart = url.indexOf("//") + 2;
            int pathStart = url.indexOf('/', hostStart);
            int queryStart = url.indexOf('?');
            String server = pathStart < 0 ? (queryStart < 0 ? url : url.substring(0, queryStart)) : url.substring(0, pathStart);
            String query = queryStart < 0 ? "" : url.substring(queryStart);
            return server + "/" + database + query;
        }
    }
}
