package com.outcomes.preview.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import com.outcomes.store.JiraTableNaming;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilder;
import net.java.ao.builder.EntityManagerBuilderWithDatabaseProperties;

/**
 * The preview's Active Objects {@link EntityManager}, named the way Jira names plugin tables
 * ({@code AO_<6 hex>_METRIC}, upper-case columns) so the SQL the store runs is the SQL it runs in Jira.
 */
public final class PreviewDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PreviewDatabase.class);

    private final DatabaseSettings settings;
    private final EntityManager entityManager;

    private PreviewDatabase(DatabaseSettings settings, EntityManager entityManager) {
        this.settings = settings;
        this.entityManager = entityManager;
    }

    /**
     * Connects once to fail fast with a clear reason, then builds the entity manager.
     *
     * @throws DatabaseUnavailableException when the database cannot be reached or opened
     */
    public static PreviewDatabase open(DatabaseSettings settings) {
        DriverManager.setLoginTimeout(10);
        try (Connection probe = DriverManager.getConnection(settings.url(), settings.user(), settings.password())) {
            LOG.debug("Connected to {} ({})", settings.describe(), probe.getMetaData().getDatabaseProductName());
            if (settings.url().startsWith("jdbc:hsqldb:file:")) {
                syncEveryCommit(probe);
            }
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("cannot open the database " + settings.describe() + ": " + firstLine(e), e);
        }
        EntityManagerBuilderWithDatabaseProperties builder = EntityManagerBuilder
                .url(settings.url()).username(settings.user()).password(settings.password())
                // pooled, as Jira's own connections are: a new connection per statement costs milliseconds on a server
                .dbcp()
                .tableNameConverter(new AtlassianTableNameConverter(name -> JiraTableNaming.prefix() + name))
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .indexNameConverter(new AtlassianIndexNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter());
        if (settings.schema() != null) {
            builder = builder.schema(settings.schema());
        }
        return new PreviewDatabase(settings, builder.build());
    }

    /**
     * A commit returns only once its log entry is written and synced, so every 2xx answer survives the process being
     * killed (or the machine losing power) right after it. Databases made by earlier versions keep the 500 ms write
     * delay they were created with unless told; the setting is persistent, so this is a no-op from then on.
     */
    private static void syncEveryCommit(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET FILES WRITE DELAY FALSE");
        }
    }

    public EntityManager entityManager() {
        return entityManager;
    }

    public DatabaseSettings settings() {
        return settings;
    }

    /** Writes an embedded database to disk and releases it, so the next run (or another JVM) can open it. */
    @Override
    public void close() {
        if (settings.isEmbedded()) {
            try (Connection connection = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
                 Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (SQLException e) {
                LOG.warn("Could not shut the embedded database down cleanly: {}", firstLine(e));
            }
        }
        entityManager.getProvider().dispose();
    }

    private static String firstLine(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
