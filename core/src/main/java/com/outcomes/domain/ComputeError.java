package com.outcomes.domain;

import java.time.Instant;

/** Why the last computation of a computed metric recorded nothing, and when (DESIGN §3b {@code lastComputeError}). */
public record ComputeError(Instant at, String message) {
}
