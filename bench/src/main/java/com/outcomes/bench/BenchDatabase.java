package com.outcomes.bench;

import com.outcomes.preview.db.DatabaseSettings;
import com.outcomes.preview.db.PreviewDatabase;

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
 * The Active Objects entity manager a {@link BenchHost} runs on: either the preview's own
 * ({@link PreviewDatabase}, which opens a new JDBC connection for every statement or transaction), or the same
 * table naming over a DBCP connection pool, as Jira Data Center's own connections are pooled.
 */
public interface BenchDatabase extends AutoCloseable {

    EntityManager entityManager();

    DatabaseSettings settings();

    /** How this database is reached, for the report. */
    String label();

    @Override
    void close();

    /** Exactly what the preview opens. */
    static BenchDatabase preview(DatabaseSettings settings, String label) {
        PreviewDatabase database = PreviewDatabase.open(settings);
        return new BenchDatabase() {
            @Override
            public EntityManager entityManager() {
                return database.entityManager();
            }

            @Override
            public DatabaseSettings settings() {
                return database.settings();
            }

            @Override
            public String label() {
                return label;
            }

            @Override
            public void close() {
                database.close();
            }
        };
    }

    /** The preview's table and column naming (Jira's {@code AO_xxxxxx_} prefix) over a DBCP pool. */
    static BenchDatabase pooled(DatabaseSettings settings, String label) {
        EntityManagerBuilderWithDatabaseProperties builder = EntityManagerBuilder
                .url(settings.url()).username(settings.user()).password(settings.password())
                .dbcp()
                .tableNameConverter(new AtlassianTableNameConverter(name -> JdbcFloor.tablePrefix() + name))
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .indexNameConverter(new AtlassianIndexNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter());
        if (settings.schema() != null) {
            builder = builder.schema(settings.schema());
        }
        EntityManager entityManager = builder.build();
        return new BenchDatabase() {
            @Override
            public EntityManager entityManager() {
                return entityManager;
            }

            @Override
            public DatabaseSettings settings() {
                return settings;
            }

            @Override
            public String label() {
                return label;
            }

            @Override
            public void close() {
                entityManager.getProvider().dispose();
            }
        };
    }
}
