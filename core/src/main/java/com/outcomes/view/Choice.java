package com.outcomes.view;

import static com.outcomes.view.Html.escape;

/** One option of a form's select: the value sent, its label, and whether it is the current one. Getters end in Html: escaped text. */
public final class Choice {

    private final String value;
    private final String label;
    private final boolean selected;

    /** @param value the value sent (raw: escaped here); @param label what the viewer reads (raw: escaped here) */
    public Choice(String value, String label, boolean selected) {
        this.value = escape(value);
        this.label = escape(label);
        this.selected = selected;
    }

    public String getValueHtml() {
        return value;
    }

    public String getLabelHtml() {
        return label;
    }

    public boolean isSelected() {
        return selected;
    }
}
