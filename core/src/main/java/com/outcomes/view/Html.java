package com.outcomes.view;

/** HTML escaping for text placed in element content or double- or single-quoted attributes. */
public final class Html {

    private Html() {
    }

    /** Escapes {@code & < > " '}; null stays null so templates can test {@code #if($value)}. */
    public static String escape(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(raw.length() + 16);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
