package com.outcomes.preview;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import com.outcomes.preview.db.DatabaseSettings;
import com.outcomes.preview.db.DatabaseUnavailableException;
import com.outcomes.preview.db.PreviewDatabase;

/**
 * Opens the database on its own thread while the start reads the work data: with a Data Center document each takes
 * seconds (the embedded database reads its whole script, the parser a million issues), and neither needs the other.
 */
final class DatabaseOpening {

    private final FutureTask<PreviewDatabase> opening;

    private DatabaseOpening(DatabaseSettings settings) {
        this.opening = new FutureTask<>(() -> PreviewDatabase.open(settings));
    }

    static DatabaseOpening start(DatabaseSettings settings) {
        DatabaseOpening database = new DatabaseOpening(settings);
        Thread thread = new Thread(database.opening, "outcomes-database-open");
        thread.setDaemon(true);
        thread.start();
        return database;
    }

    /**
     * The open database, once it is.
     *
     * @throws PreviewStartupException when it cannot be reached or opened
     */
    PreviewDatabase opened() {
        try {
            return opening.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PreviewStartupException("interrupted while opening the database", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof DatabaseUnavailableException unavailable) {
                throw new PreviewStartupException(unavailable.getMessage(), unavailable);
            }
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The start failed elsewhere: the database is closed once open, so its files are released before the exit. */
    void abandon() {
        try {
            opening.get().close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException notOpened) {
            // nothing to close
        }
    }
}
