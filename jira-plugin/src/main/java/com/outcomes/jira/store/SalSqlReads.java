package com.outcomes.jira.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.rdbms.TransactionalExecutor;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import com.outcomes.port.PersistenceException;
import com.outcomes.store.JiraTableNaming;
import com.outcomes.store.SqlReads;
import com.outcomes.store.SqlSelect;

import net.java.ao.RawEntity;

/**
 * Core's plain SQL reads in Jira: SAL's {@link TransactionalExecutorFactory}, the API Atlassian documents for
 * querying tables with JDBC, on Jira's own connection pool, read-only. Table names are those Active Objects gave
 * (see {@link JiraTableNaming}), quoted with the database's identifier quote as AO quotes them, and qualified with
 * the schema the tables are in.
 *
 * <p>Which schema: Active Objects qualifies its SQL with the schema of Jira's dbconfig.xml ({@code <schema-name>}).
 * Plugins reach that value through Jira's {@code DatabaseAccessor}, not an OSGi service (importing it would keep the
 * plugin from starting), or SAL's {@code TransactionalExecutor.getSchemaName()}, whose fugue {@code Option} return
 * type changed package between SAL versions. The connection's current schema ({@link Connection#getSchema()}) is
 * that schema on the usual setups (PostgreSQL's {@code public} first on the search path, Oracle's user schema, no
 * schema on MySQL) but not on all: on SQL Server the login's default schema ({@code dbo}) can differ from Jira's
 * (e.g. {@code jiraschema}; a public Jira plugin's tracker reports its unqualified reads failing exactly so), and on
 * PostgreSQL a custom schema need not be on the search path. So the schema is the one the table is in: the current
 * schema when the table is there, otherwise the one schema of the catalog holding it. Left unresolved: two Jira
 * instances' tables in one database with the current schema holding the other's copy; only dbconfig.xml tells.
 */
@Named
public final class SalSqlReads implements SqlReads {

    private static final Logger LOG = LoggerFactory.getLogger(SalSqlReads.class);

    private final TransactionalExecutorFactory executors;
    /** The database's identifier quote: fixed for the life of the database, so it is asked once. */
    private volatile String quote;
    /**
     * The schema holding the plugin's tables (empty: unqualified), once known for certain; until then, null. Fixed
     * like the quote: moving Jira's tables to another schema means reconfiguring and restarting Jira.
     */
    private volatile Optional<String> schema;

    @Inject
    public SalSqlReads(@ComponentImport TransactionalExecutorFactory executors) {
        this.executors = executors;
    }

    @Override
    public String table(Class<? extends RawEntity<?>> entity) {
        String name = JiraTableNaming.tableName(entity);
        String table = quoted(name);
        return schemaHolding(name).map(s -> quoted(s) + "." + table).orElse(table);
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

    /** All of the plugin's tables are in one schema, so the first table looked up settles it for every table. */
    private Optional<String> schemaHolding(String table) {
        Optional<String> known = schema;
        if (known != null) {
            return known;
        }
        Location location = run("schema of " + table, executor -> executor.execute(connection -> locate(connection, table)));
        if (location.certain()) {
            schema = location.schema();
            LOG.info("Outcomes reads its tables in plain SQL {}", location.schema()
                    .map(s -> "in schema " + s).orElse("without a schema qualifier"));
        }
        return location.schema();
    }

    private static Location locate(Connection connection, String table) {
        try {
            Optional<String> current = currentSchema(connection);
            Optional<Set<Optional<String>>> catalogue = schemasHolding(connection, table);
            if (catalogue.isEmpty()) {
                // a driver without a catalogue to ask, for good: the current schema is all it can tell
                return new Location(current, true);
            }
            Set<Optional<String>> schemas = catalogue.get();
            if (schemas.contains(current)) {
                return new Location(current, true);
            }
            if (schemas.size() == 1) {
                return new Location(schemas.iterator().next(), true);
            }
            // not created yet (AO creates tables on first use), or in several schemas none of them current: what an
            // unqualified query would see, asked again next time
            return new Location(current, false);
        } catch (SQLException e) {
            throw new PersistenceException("could not find the schema of " + table, e);
        }
    }

    /** The connection's current schema; empty where the database has none or the driver predates JDBC 4.1. */
    private static Optional<String> currentSchema(Connection connection) throws SQLException {
        try {
            String current = connection.getSchema();
            return current == null || current.isBlank() ? Optional.empty() : Optional.of(current);
        } catch (AbstractMethodError | SQLFeatureNotSupportedException e) {
            return Optional.empty();
        }
    }

    /**
     * The schemas of the current catalog holding the table (an empty Optional among them where the database has no
     * schemas, as on MySQL); empty when the driver cannot list tables.
     */
    private static Optional<Set<Optional<String>>> schemasHolding(Connection connection, String table) throws SQLException {
        try {
            DatabaseMetaData metaData = connection.getMetaData();
            Set<Optional<String>> schemas = new HashSet<>();
            try (ResultSet rows = metaData.getTables(connection.getCatalog(), null,
                    namePattern(table, metaData.getSearchStringEscape()), null)) {
                while (rows.next()) {
                    if (table.equalsIgnoreCase(rows.getString("TABLE_NAME"))) {
                        String found = rows.getString("TABLE_SCHEM");
                        schemas.add(found == null || found.isBlank() ? Optional.empty() : Optional.of(found));
                    }
                }
            }
            return Optional.of(schemas);
        } catch (AbstractMethodError | SQLFeatureNotSupportedException e) {
            return Optional.empty();
        }
    }

    /** The table name as a metadata search pattern: its {@code _} matches any character unless escaped. */
    private static String namePattern(String table, String escape) {
        if (escape == null || escape.isEmpty()) {
            return table;
        }
        return table.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
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

    /** Where a table is; {@code certain} when it may be kept for the life of the plugin. */
    private record Location(Optional<String> schema, boolean certain) {
    }
}
