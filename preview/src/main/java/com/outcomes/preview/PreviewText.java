package com.outcomes.preview;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The preview's user-facing text, from core's one message bundle (English: the preview has no locale setting). */
public final class PreviewText {

    static final String BUNDLE = "com.outcomes.i18n.outcomes";

    private PreviewText() {
    }

    public static String get(String key, Object... args) {
        String pattern = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH).getString(key);
        return new MessageFormat(pattern, Locale.ENGLISH).format(args);
    }
}
