package com.outcomes.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import com.outcomes.store.SqlReads.RowReader;

/** Binds, executes and walks one prepared SELECT: the JDBC part every {@code SqlReads} host shares. */
public final class SqlSelect {

    private SqlSelect() {
    }

    public static void run(PreparedStatement statement, List<?> parameters, RowReader rows) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        try (ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                rows.read(result);
            }
        }
    }

    /** The column's value, or null where SQL has NULL (JDBC's getLong answers 0). */
    public static Long nullableLong(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    /** The column's value, or null where SQL has NULL (JDBC's getDouble answers 0). */
    public static Double nullableDouble(ResultSet row, int column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }
}
