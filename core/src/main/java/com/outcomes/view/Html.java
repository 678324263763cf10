package com.outcomes.view;

import org.owasp.encoder.Encode;

/** HTML escaping for text placed in element content or double- or single-quoted attributes. */
public final class Html {

    private Html() {
    }

    /**
     * Escapes {@code & < > " '} with the OWASP encoder ({@code "} as {@code &#34;}, {@code '} as {@code &#39;});
     * characters HTML forbids become spaces. Null stays null so templates can test {@code #if($value)}.
     */
    public static String escape(String raw) {
        return raw == null ? null : Encode.forHtml(raw);
    }
}
