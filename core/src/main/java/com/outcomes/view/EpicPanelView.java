package com.outcomes.view;

import static com.outcomes.view.Html.escape;

import java.util.List;

/** The Epic issue panel ({@code templates/epic-panel.vm}): "This epic is meant to move: …". */
public final class EpicPanelView {

    private final String epicKey;
    private final List<EpicOutcomeLine> outcomes;

    public EpicPanelView(String epicKey, List<EpicOutcomeLine> outcomes) {
        this.epicKey = escape(epicKey);
        this.outcomes = List.copyOf(outcomes);
    }

    public String getEpicKeyHtml() {
        return epicKey;
    }

    public List<EpicOutcomeLine> getOutcomes() {
        return outcomes;
    }

    public boolean isHasOutcomes() {
        return !outcomes.isEmpty();
    }
}
