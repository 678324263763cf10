package com.outcomes.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import net.java.ao.RawEntity;
import net.java.ao.schema.Table;

/**
 * The names Jira's Active Objects gives this plugin's tables: {@code AO_}, the last six hex digits (upper case) of
 * the MD5 of the {@code <ao>} module's namespace, {@code _}, then the entity's {@link Table} name — as in Jira
 * Software's {@code AO_60DB71_RAPIDVIEW}. The preview names its tables the same way, and plain SQL reads in Jira
 * must find the tables Active Objects created.
 */
public final class JiraTableNaming {

    /** The {@code namespace} of the descriptor's {@code <ao>} module: fixed, so a new plugin key keeps the tables. */
    public static final String NAMESPACE = "com.outcomes";

    private JiraTableNaming() {
    }

    /** {@code AO_F6FE92_} for this plugin. */
    public static String prefix() {
        return prefix(NAMESPACE);
    }

    static String prefix(String namespace) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(digest);
            return "AO_" + hex.substring(hex.length() - 6).toUpperCase(Locale.ROOT) + "_";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JDK", e);
        }
    }

    /** The unquoted table name of a store entity, e.g. {@code AO_F6FE92_READING}. */
    public static String tableName(Class<? extends RawEntity<?>> entity) {
        Table table = entity.getAnnotation(Table.class);
        if (table == null) {
            throw new IllegalArgumentException(entity.getSimpleName() + " has no @Table name");
        }
        return prefix() + table.value();
    }
}
