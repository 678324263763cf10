package com.outcomes.view;

import static com.outcomes.view.Html.escape;

/** A dashboard signal or note as printed: its stable code and its sentence. String getters end in Html: escaped text. */
public final class SignalLine {

    private final String code;
    private final String message;

    public SignalLine(String code, String message) {
        this.code = escape(code);
        this.message = escape(message);
    }

    public String getCodeHtml() {
        return code;
    }

    public String getMessageHtml() {
        return message;
    }
}
