package com.outcomes.preview.work;

import java.util.HashMap;
import java.util.Map;

/**
 * One instance of each distinct value read while a document is parsed. A Data Center document repeats its project
 * keys, type, status and category names, epic keys and days hundreds of thousands of times; the issues kept share
 * one copy of each instead of holding their own. Dropped with the parse.
 */
final class SharedValues {

    private final Map<Object, Object> first = new HashMap<>();

    /** The first equal value seen, or {@code value} itself when it is the first; null stays null. */
    @SuppressWarnings("unchecked")
    <T> T shared(T value) {
        if (value == null) {
            return null;
        }
        Object seen = first.putIfAbsent(value, value);
        return seen == null ? value : (T) seen;
    }
}
