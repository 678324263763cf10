package com.outcomes.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import com.outcomes.port.PersistenceException;

import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;

/**
 * {@link SqlReads} over the connection pool of an Active Objects {@link EntityManager} (tests and the preview):
 * names are quoted by AO's own provider and statements are prepared through it, so they reach its SQL listeners
 * and log like every other statement.
 */
final class EntityManagerSqlReads implements SqlReads {

    private final EntityManager em;

    EntityManagerSqlReads(EntityManager em) {
        this.em = em;
    }

    @Override
    public String table(Class<? extends RawEntity<?>> entity) {
        return em.getProvider().withSchema(em.getNameConverters().getTableNameConverter().getName(entity));
    }

    @Override
    public String column(String name) {
        return em.getProvider().processID(name);
    }

    @Override
    public void select(String sql, List<?> parameters, RowReader rows) {
        DatabaseProvider provider = em.getProvider();
        try (Connection connection = provider.getConnection();
             PreparedStatement statement = provider.preparedStatement(connection, sql)) {
            SqlSelect.run(statement, parameters, rows);
        } catch (SQLException e) {
            throw new PersistenceException("query failed: " + sql, e);
        }
    }
}
