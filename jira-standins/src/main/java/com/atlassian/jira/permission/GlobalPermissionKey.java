package com.atlassian.jira.permission;

import java.util.Objects;

// Checked against docs.atlassian.com jira/latest javadoc (public final class GlobalPermissionKey: static final ADMINISTER,
// static of(String key), String getKey(); equals by key). Only the constant we use is declared.
public final class GlobalPermissionKey {

    public static final GlobalPermissionKey ADMINISTER = of("ADMINISTER");

    private final String key;

    private GlobalPermissionKey(String key) {
        this.key = key;
    }

    public static GlobalPermissionKey of(String key) {
        return new GlobalPermissionKey(key);
    }

    public String getKey() {
        return key;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GlobalPermissionKey other && Objects.equals(key, other.key);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(key);
    }

    @Override
    public String toString() {
        return key;
    }
}
