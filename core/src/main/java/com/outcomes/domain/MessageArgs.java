package com.outcomes.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The arguments of an i18n message carried in a record ({@link FieldError}, {@link LintFinding}, the service's
 * messages and signals): an unmodifiable copy that, unlike {@code List.copyOf}, keeps nulls, so two records with equal
 * arguments are equal.
 */
public final class MessageArgs {

    private MessageArgs() {
    }

    public static List<Object> frozen(List<Object> args) {
        return args == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static List<Object> of(Object... args) {
        return args == null ? List.of() : frozen(Arrays.asList(args));
    }
}
