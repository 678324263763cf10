package com.outcomes.preview.jql;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/**
 * The values a clause asks for, lower-cased once when the query is compiled. Asking whether an issue's text is among
 * them allocates nothing for ASCII text: a count tests every issue of the document, and lower-casing each value per
 * issue (a new String) was most of a count's time.
 */
final class WantedTexts {

    /** Beyond a few values a hash lookup beats comparing with each (a long {@code key in (…)}); it lower-cases. */
    private static final int LINEAR_AT_MOST = 8;

    private final String[] lowered;
    private final Set<String> loweredSet;

    private WantedTexts(Collection<String> lowered) {
        this.lowered = lowered.toArray(String[]::new);
        this.loweredSet = lowered.size() > LINEAR_AT_MOST ? Set.copyOf(lowered) : null;
    }

    /** @param lowered the values, lower-cased with {@link Locale#ROOT} */
    static WantedTexts of(Set<String> lowered) {
        return new WantedTexts(lowered);
    }

    /** Whether {@code text}, lower-cased as the query's values were, is one of them; false for null. */
    boolean contains(String text) {
        if (text == null) {
            return false;
        }
        if (loweredSet != null) {
            return loweredSet.contains(text.toLowerCase(Locale.ROOT));
        }
        for (String wanted : lowered) {
            if (lowerCaseEquals(text, wanted)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code text.toLowerCase(Locale.ROOT).equals(lowered)}, without the new String while {@code text} is ASCII. Not
     * {@link String#equalsIgnoreCase}: that also equates 'ı' and 'i' or 'ſ' and 's', which lower-casing does not.
     */
    static boolean lowerCaseEquals(String text, String lowered) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return text.toLowerCase(Locale.ROOT).equals(lowered);
            }
            // The ASCII prefix lower-cases char for char, so a difference in it (or running past lowered) is final.
            if (i >= lowered.length() || toLowerAscii(c) != lowered.charAt(i)) {
                return false;
            }
        }
        return length == lowered.length();
    }

    private static char toLowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
