package com.outcomes.preview.web;

import java.util.Locale;

import com.outcomes.i18n.Messages;

/**
 * The preview's answer to "which language does this caller read": the first language of the request's
 * {@code Accept-Language} that the message bundle has, else English. The preview has no user profiles; a browser
 * sends its user's languages with every request.
 */
public final class RequestLanguage {

    private RequestLanguage() {
    }

    /** @param acceptLanguage the header as sent, or null */
    public static Locale of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Messages.BASE;
        }
        try {
            return Messages.firstSupported(Locale.LanguageRange.parse(acceptLanguage));
        } catch (IllegalArgumentException unreadable) {
            return Messages.BASE;
        }
    }
}
