package com.outcomes.service;

import com.outcomes.port.IssueRef;

/** An epic's output: issues done (status category Done) of all its issues. */
public record EpicOutput(IssueRef epic, int done, int total) {
}
