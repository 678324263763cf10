package com.outcomes.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Splits a key list into chunks for {@code COLUMN IN (?, ...)} queries: one query per chunk, so the number
 * of statements grows with the data only every {@value #CHUNK} keys (databases cap bind parameters).
 */
final class InClause {

    static final int CHUNK = 500;

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
