package com.outcomes.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Splits a key list into chunks for {@code COLUMN IN (?, ...)} queries: one query per chunk, so the number
 * of statements grows with the data only every {@value #CHUNK} keys (databases cap bind parameters).
 *
 * <p>1000 is the largest list every database Jira Data Center supports accepts: Oracle allows at most 1000
 * expressions in an IN list (ORA-01795), SQL Server 2100 bind parameters per statement, PostgreSQL and MySQL far
 * more. At 500 the dashboard of a 200-outcome portfolio (600 metrics) already needed a second reading query.
 */
final class InClause {

    static final int CHUNK = 1000;

    private InClause() {
    }

    static <K> List<List<K>> chunks(Collection<K> keys) {
        List<K> distinct = new ArrayList<>(new LinkedHashSet<>(keys));
        if (distinct.isEmpty()) {
            return Collections.emptyList();
        }
        List<List<K>> chunks = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += CHUNK) {
            chunks.add(distinct.subList(from, Math.min(distinct.size(), from + CHUNK)));
        }
        return chunks;
    }

    /** {@code COLUMN IN (?,?,?)} for the given number of values. */
    static String of(String column, int values) {
        return column + " IN (" + String.join(",", Collections.nCopies(values, "?")) + ")";
    }
}
