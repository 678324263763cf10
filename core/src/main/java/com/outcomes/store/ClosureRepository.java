package com.outcomes.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.outcomes.domain.Closure;
import com.outcomes.domain.OutcomeResult;
import com.outcomes.error.ConflictException;
import com.outcomes.port.ClosureStore;

import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Outcomes' closures in Active Objects: written through entities inside a transaction (which also checks the
 * outcome's state), read in plain SQL ({@link SqlReads}) for many outcomes at once. Rows are never deleted: reopening
 * fills {@code REOPENED_AT}/{@code REOPENED_BY}, so every closure an outcome ever had is kept.
 */
public final class ClosureRepository implements ClosureStore {

    /** In the order {@link #closure} reads them. */
    private static final List<String> COLUMNS = List.of(ClosureEntity.ISSUE_KEY, ClosureEntity.RESULT,
            ClosureEntity.LEARNING, ClosureEntity.CLOSED_ON, ClosureEntity.CLOSED_BY, ClosureEntity.FINAL_SCORE);

    private final StoreDatabase database;
    private final Transactions transactions;
    private final SqlReads sql;

    public ClosureRepository(StoreDatabase database) {
        this.database = database;
        this.transactions = new Transactions(database);
        this.sql = database.sqlReads();
    }

    @Override
    public Closure close(Closure closure, Instant at) {
        return transactions.run(() -> {
            if (currentRows(closure.issueKey()).length > 0) {
                throw new ConflictException(closure.issueKey(), "outcomes.lifecycle.error.alreadyClosed",
                        closure.issueKey());
            }
            DBParam[] params = {
                    new DBParam(ClosureEntity.ISSUE_KEY, closure.issueKey()),
                    new DBParam(ClosureEntity.RESULT, closure.result().name()),
                    new DBParam(ClosureEntity.LEARNING, closure.learning()),
                    new DBParam(ClosureEntity.CLOSED_ON, IsoDates.format(closure.closedOn())),
                    new DBParam(ClosureEntity.CLOSED_BY, closure.closedBy()),
                    new DBParam(ClosureEntity.CLOSED_AT, at.toString()),
                    new DBParam(ClosureEntity.FINAL_SCORE, closure.finalScore())};
            database.create(ClosureEntity.class, params);
            return closure;
        });
    }

    @Override
    public Closure reopen(String issueKey, String user, Instant at) {
        return transactions.run(() -> {
            ClosureEntity[] current = currentRows(issueKey);
            if (current.length == 0) {
                throw new ConflictException(issueKey, "outcomes.lifecycle.error.notClosed", issueKey);
            }
            for (ClosureEntity row : current) {
                row.setReopenedAt(at.toString());
                row.setReopenedBy(user);
                row.save();
            }
            ClosureEntity row = current[current.length - 1];
            return new Closure(row.getIssueKey(), OutcomeResult.valueOf(row.getOutcomeResult()), row.getLearning(),
                    IsoDates.parse(row.getClosedOn()), row.getClosedBy(), row.getFinalScore());
        });
    }

    @Override
    public Optional<Closure> current(String issueKey) {
        return Optional.ofNullable(currentOf(List.of(issueKey)).get(issueKey));
    }

    /** One statement per {@value InClause#CHUNK} keys. */
    @Override
    public Map<String, Closure> currentOf(Collection<String> issueKeys) {
        Map<String, Closure> closures = new LinkedHashMap<>();
        String columns = COLUMNS.stream().map(sql::column).collect(Collectors.joining(", "));
        for (List<String> chunk : InClause.chunks(issueKeys)) {
            // ordered by id: should two racing closes both have landed, the later one is the current one
            sql.select("SELECT " + columns + " FROM " + sql.table(ClosureEntity.class)
                            + " WHERE " + InClause.of(sql.column(ClosureEntity.ISSUE_KEY), chunk.size())
                            + " AND " + sql.column(ClosureEntity.REOPENED_AT) + " IS NULL"
                            + " ORDER BY " + sql.column("ID"),
                    chunk, row -> {
                        Closure c = closure(row);
                        closures.put(c.issueKey(), c);
                    });
        }
        return closures;
    }

    /** The outcome's rows that are still current, oldest first, read inside the caller's transaction. */
    private ClosureEntity[] currentRows(String issueKey) {
        return database.find(ClosureEntity.class, Query.select()
                .where(ClosureEntity.ISSUE_KEY + " = ? AND " + ClosureEntity.REOPENED_AT + " IS NULL", issueKey)
                .order("ID"));
    }

    private static Closure closure(ResultSet row) throws SQLException {
        return new Closure(row.getString(1), OutcomeResult.valueOf(row.getString(2)), row.getString(3),
                IsoDates.parse(row.getString(4)), row.getString(5), SqlSelect.nullableDouble(row, 6));
    }
}
