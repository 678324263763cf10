package com.outcomes.view;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.outcomes.i18n.Messages;
import com.outcomes.service.Message;

/**
 * Our messages, {@code com/outcomes/i18n/outcomes.properties}, for Java code ({@link #getText}: raw text) and as the
 * {@code $i18n} of our templates, in the preview and in Jira alike ({@link #textHtml}: escaped text). The bundle is
 * loaded and its patterns formatted by {@link Messages}; this adds the HTML and the browser's view of them.
 */
public final class I18n {

    public static final String BUNDLE = Messages.BUNDLE;
    /** Keys under this prefix are the browser's messages (gadget and panel JavaScript). */
    public static final String JS_PREFIX = "outcomes.js.";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Stands for an HTML argument of {@link #textHtml} while the message around it is escaped (private-use chars). */
    private static final Pattern HTML_ARGUMENT = Pattern.compile("\uE000(\\d+)\uE001");

    private final Messages messages;
    private final Locale locale;

    public I18n(Locale locale) {
        this.locale = locale;
        this.messages = new Messages(locale);
    }

    /** Over another bundle with our keys (tests use one whose texts hold markup characters). */
    I18n(Locale locale, ResourceBundle bundle) {
        this.locale = locale;
        this.messages = new Messages(locale, bundle);
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
        return messages.get(key, args); // a missing key: visible in review, never a crash while rendering a panel
    }

    /** A sentence whose arguments may themselves be messages (a translated status inside it). */
    public String getText(Message message) {
        return messages.get(message);
    }

    /**
     * The message as HTML, for templates: Jira prints a reference whose name ends in Html as it is, and the
     * preview prints everything as it is, so the escaping happens here, once.
     *
     * @param args String arguments are HTML already (a view model's {@code …Html} getter) and are inserted as they
     *             are; other arguments (numbers) are formatted by the pattern and escaped with the message's text
     */
    public String textHtml(String key, Object... args) {
        Object[] placed = args == null ? new Object[0] : args.clone();
        for (int i = 0; i < placed.length; i++) {
            if (placed[i] instanceof String) {
                placed[i] = "\uE000" + i + "\uE001";
            }
        }
        String escaped = Html.escape(getText(key, placed));
        // one pass over the escaped text: an argument's own characters are never scanned again
        Matcher m = HTML_ARGUMENT.matcher(escaped);
        return m.replaceAll(found -> Matcher.quoteReplacement((String) args[Integer.parseInt(found.group(1))]));
    }

    public String textHtml(String key) {
        return textHtml(key, new Object[0]);
    }

    /**
     * The {@code outcomes.js.*} messages as a JSON object keyed without the prefix, as the browser
     * reads them ({@code {0}} placeholders filled by our JavaScript, MessageFormat quoting undone).
     */
    public String jsMessagesJson() {
        Map<String, String> js = new TreeMap<>();
        messages.patternsUnder(JS_PREFIX).forEach((key, pattern) ->
                js.put(key.substring(JS_PREFIX.length()), pattern.replace("''", "'")));
        try {
            return JSON.writeValueAsString(js);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the message bundle as JSON", e);
        }
    }
}
