package com.outcomes.domain;

/** Where a metric stands as of a day (DESIGN §3). */
public enum Status {
    NO_DATA, ACHIEVED, MISSED, ON_TRACK, AT_RISK, OFF_TRACK
}
