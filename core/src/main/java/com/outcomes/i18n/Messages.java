package com.outcomes.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.outcomes.service.Message;

/**
 * Renders i18n keys from the one bundle shared by Jira and the preview
 * ({@code com/outcomes/i18n/outcomes.properties}). Arguments that are {@link Message}s are rendered first,
 * so a sentence can embed a translated status label.
 */
public final class Messages {

    public static final String BUNDLE = "com.outcomes.i18n.outcomes";

    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    public static Messages english() {
        return new Messages(Locale.ENGLISH);
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key; // a missing key must show up in review, not crash a request
        }
        if (args == null || args.length == 0) {
            return new MessageFormat(pattern, locale).format(new Object[0]);
        }
        Object[] rendered = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            rendered[i] = args[i] instanceof Message m ? get(m) : args[i];
        }
        return new MessageFormat(pattern, locale).format(rendered);
    }

    public String get(Message message) {
        return get(message.key(), message.args().toArray());
    }
}
