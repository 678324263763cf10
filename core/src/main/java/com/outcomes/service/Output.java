package com.outcomes.service;

import java.util.List;

/** The output of an outcome's epics within the dashboard window. */
public record Output(List<EpicOutput> epics, int doneInWindow, List<WeekCount> doneByWeek) {
}
