package com.outcomes.jira.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import com.atlassian.jira.database.DatabaseAccessor;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.rdbms.TransactionalExecutor;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import com.outcomes.port.PersistenceException;
import com.outcomes.port.SqlReads;
import com.outcomes.store.JiraTableNaming;
import com.outcomes.store.SqlSelect;

import net.java.ao.RawEntity;

/**
 * Core's plain SQL reads in Jira: SAL's {@link TransactionalExecutorFactory}, the API Atlassian documents for
 * querying tables with JDBC, on Jira's own connection pool, read-only. Table names are those Active Objects gave
 * (see {@link JiraTableNaming}), qualified with Jira's configured schema as AO qualifies its own SQL, and quoted
 * with the database's identifier quote as AO quotes them.
 */
@Named
public final class SalSqlReads implements SqlReads {

    private final TransactionalExecutorFactory executors;
    private final DatabaseAccessor database;
    /** The database's identifier quote: fixed for the life of the database, so it is asked once. */
    private volatile String quote;

    @Inject
    public SalSqlReads(@ComponentImport TransactionalExecutorFactory executors, @ComponentImport DatabaseAccessor database) {
        this.executors = executors;
        this.database = database;
    }

    @Override
    public String table(Class<? extends RawEntity<?>> entity) {
        String table = quoted(JiraTableNaming.tableName(entity));
        return database.getSchemaName().filter(schema -> !schema.isBlank()).map(schema -> schema + "." + table)
                .orElse(table);
    }

    @Override
    public String column(String name) {
        return quoted(name);
    }

    @Override
    public void select(String sql, List<?> parameters, RowReader rows) {
        run(sql, executor -> executor.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                SqlSelect.run(statement, parameters, rows);
                return null;
            } catch (SQLException e) {
                throw new PersistenceException("query failed: " + sql, e);
            }
        }));
    }

    private String quoted(String identifier) {
        String q = quote;
        if (q == null) {
            q = run("identifier quote", executor -> executor.execute(connection -> {
                try {
                    // JDBC answers " " when the database does not quote identifiers
                    return connection.getMetaData().getIdentifierQuoteString().trim();
                } catch (SQLException e) {
                    throw new PersistenceException("could not read the database's identifier quote", e);
                }
            }));
            quote = q;
        }
        return q + identifier + q;
    }

    private <T> T run(String what, Function<TransactionalExecutor, T> work) {
        try {
            return work.apply(executors.createExecutor(true, false));
        } catch (PersistenceException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PersistenceException("Jira's database connection failed: " + what, e);
        }
    }
}
