package com.outcomes.preview;

import java.util.Locale;

import com.outcomes.i18n.Messages;

/** The preview's user-facing text, from core's one message bundle through core's one loader. */
public final class PreviewText {

    private PreviewText() {
    }

    /** In English: for text that has no request to take a language from (start-up, the start page's links). */
    public static String get(String key, Object... args) {
        return get(Messages.BASE, key, args);
    }

    /** In the language a request asked for ({@code PreviewLocale}). */
    public static String get(Locale locale, String key, Object... args) {
        return new Messages(locale).get(key, args);
    }
}
