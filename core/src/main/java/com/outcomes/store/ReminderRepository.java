package com.outcomes.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.outcomes.domain.Reminder;
import com.outcomes.domain.ReminderKey;
import com.outcomes.domain.ReminderKind;
import com.outcomes.port.PersistenceException;
import com.outcomes.port.ReminderStore;
import com.outcomes.port.ReminderStore.Claimed;

import net.java.ao.DBParam;

/**
 * Reminders in Active Objects. The insert is the claim: a unique-constraint failure on {@code CLAIM} means another run
 * (on this node or another) has the reminder, recognised by SQLSTATE class 23 on HSQLDB, PostgreSQL and MariaDB alike.
 *
 * <p>Its writes raise no store write version ({@link WriteStamps}): no cached read (the dashboards' portfolio
 * evaluation) includes reminders, and the job writes one or two per metric — a stamp each would be a third of its
 * statements and would send every node's dashboards back to the database for nothing.
 */
public final class ReminderRepository implements ReminderStore {

    private static final String ID = "ID";
    /** In the order {@link #reminder} reads them. */
    private static final List<String> COLUMNS = List.of(ID, ReminderEntity.METRIC_ID, ReminderEntity.ISSUE_KEY,
            ReminderEntity.OWNER, ReminderEntity.KIND, ReminderEntity.DUE_DATE, ReminderEntity.CREATED_AT,
            ReminderEntity.DELIVERED, ReminderEntity.ERROR);

    private final StoreDatabase database;
    private final Transactions transactions;
    private final SqlReads sql;

    public ReminderRepository(StoreDatabase database) {
        this.database = database;
        this.transactions = Transactions.unstamped(database);
        this.sql = database.sqlReads();
    }

    @Override
    public Optional<Claimed> claim(ReminderKey key, String issueKey, String owner, Instant createdAt) {
        long millis = createdAt.toEpochMilli();
        try {
            ReminderEntity created = transactions.run(() -> database.create(ReminderEntity.class,
                    new DBParam(ReminderEntity.CLAIM, key.value()),
                    new DBParam(ReminderEntity.METRIC_ID, key.metricId()),
                    new DBParam(ReminderEntity.ISSUE_KEY, issueKey),
                    new DBParam(ReminderEntity.OWNER, owner),
                    new DBParam(ReminderEntity.KIND, key.kind().name()),
                    new DBParam(ReminderEntity.DUE_DATE, IsoDates.format(key.day())),
                    new DBParam(ReminderEntity.CREATED_AT, millis),
                    new DBParam(ReminderEntity.DELIVERED, false)));
            return Optional.of(new EntityClaim(new Reminder(created.getID(), key.metricId(), issueKey, owner, key.kind(),
                    key.day(), Instant.ofEpochMilli(millis), false, null), created));
        } catch (PersistenceException e) {
            if (SqlStates.isConstraintViolation(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public Set<ReminderKey> claimed(Collection<ReminderKey> keys) {
        Map<String, ReminderKey> byValue = keys.stream()
                .collect(Collectors.toMap(ReminderKey::value, Function.identity(), (a, b) -> a));
        Set<ReminderKey> claimed = new HashSet<>();
        for (List<String> chunk : InClause.chunks(byValue.keySet())) {
            sql.select("SELECT " + sql.column(ReminderEntity.CLAIM) + " FROM " + sql.table(ReminderEntity.class)
                            + " WHERE " + InClause.of(sql.column(ReminderEntity.CLAIM), chunk.size()),
                    chunk, row -> claimed.add(byValue.get(row.getString(1))));
        }
        return claimed;
    }

    @Override
    public List<Reminder> list(String owner, Long metricId) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (owner != null) {
            conditions.add(sql.column(ReminderEntity.OWNER) + " = ?");
            parameters.add(owner);
        }
        if (metricId != null) {
            conditions.add(sql.column(ReminderEntity.METRIC_ID) + " = ?");
            parameters.add(metricId);
        }
        String columns = COLUMNS.stream().map(sql::column).collect(Collectors.joining(", "));
        List<Reminder> reminders = new ArrayList<>();
        sql.select("SELECT " + columns + " FROM " + sql.table(ReminderEntity.class)
                        + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                        + " ORDER BY " + sql.column(ReminderEntity.CREATED_AT) + " DESC, " + sql.column(ID) + " DESC",
                parameters, row -> reminders.add(reminder(row)));
        return reminders;
    }

    /**
     * Settled through the entity the insert returned: Active Objects updates an entity by key, and getting one by key
     * reads its row first — a SELECT per reminder for nothing, as the claim has just written it.
     */
    private final class EntityClaim implements Claimed {

        private final Reminder reminder;
        private final ReminderEntity entity;

        EntityClaim(Reminder reminder, ReminderEntity entity) {
            this.reminder = reminder;
            this.entity = entity;
        }

        @Override
        public Reminder reminder() {
            return reminder;
        }

        @Override
        public void settle(boolean delivered, String error) {
            transactions.run(() -> {
                entity.setDelivered(delivered);
                entity.setError(error);
                entity.save();
                return null;
            });
        }
    }

    private static Reminder reminder(ResultSet row) throws SQLException {
        return new Reminder(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4),
                ReminderKind.valueOf(row.getString(5)), IsoDates.parse(row.getString(6)),
                Instant.ofEpochMilli(row.getLong(7)), row.getBoolean(8), row.getString(9));
    }
}
