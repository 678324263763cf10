package com.outcomes.bench;

import com.outcomes.preview.db.DatabaseSettings;
import com.outcomes.preview.db.PreviewDatabase;

import net.java.ao.EntityManager;

/**
 * The Active Objects entity manager a {@link BenchHost} runs on, with a label for the report. Today always the
 * preview's own ({@link PreviewDatabase}: Jira's table naming over a DBCP pool); the seam lets a run compare
 * another setup without touching the cases.
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
}
