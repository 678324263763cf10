package com.outcomes.domain;

import java.time.LocalDate;

/** A closure as submitted, before it is checked: {@code result} is the raw name, {@code closedOn} null for today. */
public record NewClosure(String result, String learning, LocalDate closedOn) {
}
