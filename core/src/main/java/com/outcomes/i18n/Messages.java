package com.outcomes.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.function.Supplier;

import com.outcomes.service.Message;

/**
 * The one loader of the bundle shared by Jira and the preview ({@code com/outcomes/i18n/outcomes.properties}): every
 * class that shows text — REST answers, panels ({@code view.I18n}), the preview's own pages and filters, the Jira
 * installer — reads it through here. Arguments that are {@link Message}s are rendered first, so a sentence can embed
 * a translated status label.
 * <p>
 * A language without its own file falls back to the base file (English), never to the JVM's default locale: what a
 * user reads must not depend on how the server was started.
 */
public final class Messages {

    public static final String BUNDLE = "com.outcomes.i18n.outcomes";
    /** The base file's language. */
    public static final Locale BASE = Locale.ENGLISH;

    private static final String FILE = BUNDLE.replace('.', '/');
    private static final ResourceBundle.Control NO_JVM_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Supplier<Locale> locale;
    private final ResourceBundle fixed;

    /** The messages in one language. */
    public Messages(Locale locale) {
        this(() -> locale, null);
    }

    /** Over another bundle with our keys (tests use one whose texts hold markup characters). */
    public Messages(Locale locale, ResourceBundle bundle) {
        this(() -> locale, bundle);
    }

    private Messages(Supplier<Locale> locale, ResourceBundle fixed) {
        this.locale = locale;
        this.fixed = fixed;
    }

    public static Messages english() {
        return new Messages(BASE);
    }

    /**
     * Messages in the language of whoever is being answered, asked on each call — for singletons that serve every
     * user (the REST resources and their error mapper): {@code caller} is the host's answer for the current request.
     */
    public static Messages following(Supplier<Locale> caller) {
        return new Messages(caller, null);
    }

    /** The bundle in a language (the base file's texts where that language has none). */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, orBase(locale), Messages.class.getClassLoader(), NO_JVM_FALLBACK);
    }

    /**
     * The first of {@code wanted} (in order of preference) whose language the bundle has a file for, without region;
     * the base language when none has. For hosts that only know what the client asks for (HTTP Accept-Language).
     */
    public static Locale firstSupported(List<Locale.LanguageRange> wanted) {
        for (Locale.LanguageRange range : wanted) {
            String language = range.getRange().split("-", 2)[0];
            if (range.getWeight() <= 0 || language.equals("*")) {
                continue;
            }
            if (language.equals(BASE.getLanguage())
                    || Messages.class.getClassLoader().getResource(FILE + "_" + language + ".properties") != null) {
                return Locale.forLanguageTag(language);
            }
        }
        return BASE;
    }

    public Locale locale() {
        return orBase(locale.get());
    }

    public String get(String key, Object... args) {
        Locale current = locale();
        String pattern;
        try {
            pattern = bundle(current, fixed).getString(key);
        } catch (MissingResourceException e) {
            return key; // a missing key must show up in review, not crash a request
        }
        if (args == null || args.length == 0) {
            return new MessageFormat(pattern, current).format(new Object[0]);
        }
        Object[] rendered = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            rendered[i] = args[i] instanceof Message m ? get(m) : args[i];
        }
        return new MessageFormat(pattern, current).format(rendered);
    }

    public String get(Message message) {
        return get(message.key(), message.args().toArray());
    }

    /** The patterns of the keys starting with {@code prefix}, as written in the bundle (not formatted). */
    public Map<String, String> patternsUnder(String prefix) {
        ResourceBundle bundle = bundle(locale(), fixed);
        Map<String, String> patterns = new TreeMap<>();
        for (String key : bundle.keySet()) {
            if (key.startsWith(prefix)) {
                patterns.put(key, bundle.getString(key));
            }
        }
        return patterns;
    }

    private static ResourceBundle bundle(Locale locale, ResourceBundle fixed) {
        return fixed != null ? fixed : bundle(locale);
    }

    private static Locale orBase(Locale locale) {
        return locale == null ? BASE : locale;
    }
}
