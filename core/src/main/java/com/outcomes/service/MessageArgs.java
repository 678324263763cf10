package com.outcomes.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The arguments of a {@link Message} or {@link Signal}: an unmodifiable copy that, unlike {@code List.copyOf}, keeps nulls. */
final class MessageArgs {

    private MessageArgs() {
    }

    static List<Object> frozen(List<Object> args) {
        return args == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(args));
    }
}
