package com.outcomes.preview.pages;

import static com.outcomes.view.Html.escape;

/** One {@code <option>} of a page's form. String getters end in Html: escaped text. */
public final class OptionView {

    private final String value;
    private final String label;
    private final boolean selected;

    OptionView(String value, String label, boolean selected) {
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
