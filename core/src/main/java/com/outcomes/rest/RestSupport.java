package com.outcomes.rest;

import java.time.Clock;

import com.outcomes.i18n.Messages;

/** What every resource shares: the clock for {@code asOf} defaults and the JSON view mapper. */
public final class RestSupport {

    private final Clock clock;
    private final JsonViews views;

    public RestSupport(Clock clock, Messages messages) {
        this.clock = clock;
        this.views = new JsonViews(messages);
    }

    Clock clock() {
        return clock;
    }

    JsonViews views() {
        return views;
    }
}
