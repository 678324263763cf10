package com.outcomes.view;

import java.util.List;

/**
 * An outcome's epics ranked by RICE score ({@code templates/rice.vm}), in the order the service ranked them (scored
 * ones first, highest first). Editors get an inline form per epic; viewers read the scores.
 */
public final class RiceSection {

    private final boolean canEdit;
    private final List<RiceLine> lines;

    public RiceSection(boolean canEdit, List<RiceLine> lines) {
        this.canEdit = canEdit;
        this.lines = List.copyOf(lines);
    }

    public boolean isCanEdit() {
        return canEdit;
    }

    public List<RiceLine> getLines() {
        return lines;
    }
}
