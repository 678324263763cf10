package com.outcomes.jira.ao;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.function.UnaryOperator;

import com.atlassian.sal.api.rdbms.TransactionalExecutor;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import com.outcomes.port.PersistenceException;

import net.java.ao.EntityManager;

/**
 * Hands out pooled connections with auto-commit off, then commits (or rolls back) and closes them itself; joins a
 * transaction already open on the thread instead. With a
 * session schema, each connection is in that schema while handed out, as a login's default schema puts it.
 */
final class JiraLikeExecutors implements TransactionalExecutorFactory {

    /** Connections as the entity manager's pool hands them out, in their own schema, through the real driver. */
    static JiraLikeExecutors of(EntityManager em) {
        return new JiraLikeExecutors(em, null, UnaryOperator.identity());
    }

    private final EntityManager em;
    private final String sessionSchema;
    private final UnaryOperator<Connection> driver;

    JiraLikeExecutors(EntityManager em, String sessionSchema, UnaryOperator<Connection> driver) {
        this.em = em;
        this.sessionSchema = sessionSchema;
        this.driver = driver;
    }

    JiraLikeExecutors inSchema(String schema) {
        return new JiraLikeExecutors(em, schema, driver);
    }

    JiraLikeExecutors withDriver(UnaryOperator<Connection> wrapping) {
        return new JiraLikeExecutors(em, sessionSchema, wrapping);
    }

    /** Runs one query outside the plugin's code, on a connection as this executor hands it out. */
    void read(String sql) {
        createExecutor(true, false).execute(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeQuery(sql).close();
                return null;
            } catch (SQLException e) {
                throw new PersistenceException(sql, e);
            }
        });
    }

    @Override
    public TransactionalExecutor createExecutor(boolean readOnly, boolean requiresNew) {
        return new TransactionalExecutor() {
            @Override
            public <A> A execute(com.atlassian.sal.api.rdbms.ConnectionCallback<A> callback) {
                try (Connection connection = em.getProvider().getConnection()) {
                    // A transaction open on this thread (the AO test runner's) is joined, as SAL's executor joins
                    // the caller's when requiresNew is false: committing here would end the test's transaction and
                    // leave its rows behind for the next test.
                    boolean joined = !connection.getAutoCommit();
                    String pooledSchema = connection.getSchema();
                    Savepoint start = joined ? connection.setSavepoint() : null;
                    if (!joined) {
                        connection.setAutoCommit(false);
                    }
                    if (sessionSchema != null) {
                        connection.setSchema(sessionSchema);
                    }
                    try {
                        A result = callback.execute(driver.apply(connection));
                        if (!joined) {
                            connection.commit();
                        }
                        return result;
                    } catch (RuntimeException e) {
                        if (joined) {
                            connection.rollback(start);
                        } else {
                            connection.rollback();
                        }
                        throw e;
                    } finally {
                        if (sessionSchema != null) {
                            connection.setSchema(pooledSchema);
                        }
                        if (!joined) {
                            connection.setAutoCommit(true);
                        }
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("test executor failed", e);
                }
            }
        };
    }
}
