package com.outcomes.view;

import static com.outcomes.view.Html.escape;

import java.util.List;

/** The "What we learned" page of a project: its closed outcomes, newest first. Getters ending in Html: escaped text. */
public final class LearnedView {

    private final String projectKey;
    private final List<LearnedItem> items;

    public LearnedView(String projectKey, List<LearnedItem> items) {
        this.projectKey = escape(projectKey);
        this.items = List.copyOf(items);
    }

    public String getProjectKeyHtml() {
        return projectKey;
    }

    public List<LearnedItem> getItems() {
        return items;
    }

    public boolean isHasItems() {
        return !items.isEmpty();
    }
}
