package com.outcomes.service;

import com.outcomes.domain.Reading;

/** A reading as shown in history: superseded ones stay visible, marked. */
public record ReadingView(Reading reading, boolean superseded) {
}
