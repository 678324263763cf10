package com.outcomes.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import com.outcomes.port.PersistenceException;

import net.java.ao.RawEntity;

/**
 * Plain SQL reads of the plugin's own Active Objects tables: the store's one path for reads of many rows (the
 * metrics and readings behind a dashboard, tens of thousands of rows), where a profile put about three quarters of
 * the read in AO's per-row entity mapping rather than in the database. Only reads come here: writes and schema stay
 * with Active Objects ({@link StoreDatabase}), so it keeps owning the tables. Every host provides it (Jira: SAL's
 * {@code TransactionalExecutorFactory}; the preview and tests: {@link EntityManagerSqlReads}). Outside transactions
 * only: in Jira the connection is not the one Active Objects writes through, so it does not see uncommitted rows.
 */
public interface SqlReads {

    /** The entity's table as Active Objects created it: quoted and, where the host uses a schema, qualified. */
    String table(Class<? extends RawEntity<?>> entity);

    /** A column name quoted as Active Objects quotes it on this database. */
    String column(String name);

    /**
     * Runs one SELECT with the parameters bound in order and hands each row to {@code rows}.
     *
     * @throws PersistenceException when the database fails
     */
    void select(String sql, List<?> parameters, RowReader rows);

    /** Reads the current row of a result; must not move the cursor. */
    @FunctionalInterface
    interface RowReader {
        void read(ResultSet row) throws SQLException;
    }
}
