package com.outcomes.store;

import java.sql.SQLException;

/** Reads the SQLSTATE of a database failure wherever the host wrapped it (AO, Jira's ActiveObjects). */
final class SqlStates {

    private SqlStates() {
    }

    /** Class 23: a constraint (here: the unique SUPERSEDES column) rejected the write. */
    static boolean isConstraintViolation(Throwable failure) {
        String state = sqlState(failure);
        return state != null && state.startsWith("23");
    }

    /** Serialization failure or deadlock: the transaction may succeed if run again. */
    static boolean isTransient(Throwable failure) {
        String state = sqlState(failure);
        return "40001".equals(state) || "40P01".equals(state);
    }

    private static String sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    if (e.getSQLState() != null) {
                        return e.getSQLState();
                    }
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
