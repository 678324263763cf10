package com.outcomes.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
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

    /**
     * Patterns parsed once per bundle and key: parsing one on every call was about a tenth of a dashboard request's CPU
     * under load (bench/RESULTS.md, profiles). Bounded by the keys of the bundles in use.
     */
    private static final Map<Parsed, MessageFormat> PARSED = new ConcurrentHashMap<>();

    /**
     * A key of a bundle (by identity: the JDK keeps one per language) in the caller's locale, which formats the numbers
     * and dates (two locales may share the base bundle).
     */
    private record Parsed(ResourceBundle bundle, String key, Locale locale) {
    }

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
        ResourceBundle bundle = bundle(current, fixed);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key; // a missing key must show up in review, not crash a request
        }
        if (pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0) {
            return pattern; // nothing for MessageFormat to replace or unquote: it would give the pattern back
        }
        Object[] rendered = new Object[args == null ? 0 : args.length];
        for (int i = 0; i < rendered.length; i++) {
            rendered[i] = args[i] instanceof Message m ? get(m) : args[i];
        }
        MessageFormat parsed = PARSED.computeIfAbsent(new Parsed(bundle, key, current), k -> new MessageFormat(pattern, current));
        // a MessageFormat is not safe to share between threads while formatting: each call formats its own copy
        return ((MessageFormat) parsed.clone()).format(rendered);
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
