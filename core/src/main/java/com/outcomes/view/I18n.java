package com.outcomes.view;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The {@code $i18n} of our templates outside Jira (inside Jira the host's I18nHelper plays this role,
 * with the same two methods). Reads {@code com/outcomes/i18n/outcomes.properties}.
 */
public final class I18n {

    public static final String BUNDLE = "com.outcomes.i18n.outcomes";
    /** Keys under this prefix are the browser's messages (gadget and panel JavaScript). */
    public static final String JS_PREFIX = "outcomes.js.";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ResourceBundle bundle;
    private final Locale locale;

    public I18n(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    public static I18n english() {
        return new I18n(Locale.ENGLISH);
    }

    public Locale getLocale() {
        return locale;
    }

    public String getText(String key) {
        return getText(key, new Object[0]);
    }

    /** The message for the key with {@link MessageFormat} arguments; a missing key shows as itself. */
    public String getText(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key; // visible in review, never a crash while rendering a panel
        }
        return new MessageFormat(pattern, locale).format(args == null ? new Object[0] : args);
    }

    /**
     * The {@code outcomes.js.*} messages as a JSON object keyed without the prefix, as the browser
     * reads them ({@code {0}} placeholders filled by our JavaScript, MessageFormat quoting undone).
     */
    public String jsMessagesJson() {
        Map<String, String> messages = new TreeMap<>();
        for (String key : bundle.keySet()) {
            if (key.startsWith(JS_PREFIX)) {
                messages.put(key.substring(JS_PREFIX.length()), bundle.getString(key).replace("''", "'"));
            }
        }
        try {
            return JSON.writeValueAsString(messages);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the message bundle as JSON", e);
        }
    }
}
