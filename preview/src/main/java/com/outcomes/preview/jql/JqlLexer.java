package com.outcomes.preview.jql;

import java.util.ArrayList;
import java.util.List;

/** Splits a query into words, quoted strings, operators, parentheses and commas, each with its position. */
final class JqlLexer {

    enum Type { WORD, STRING, OPERATOR, LEFT, RIGHT, COMMA, END }

    /** @param position 1-based character of the token's start, as Jira's messages count */
    record Token(Type type, String text, int position) {

        boolean isWord(String word) {
            return type == Type.WORD && text.equalsIgnoreCase(word);
        }

        /** How a message shows it. */
        String shown() {
            return type == Type.END ? "the end of the query" : "'" + text + "'";
        }
    }

    private static final String DELIMITERS = "()=,!<>~\"'";

    private JqlLexer() {
    }

    static List<Token> tokens(String jql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < jql.length()) {
            char c = jql.charAt(i);
            int start = i;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')' || c == ',') {
                tokens.add(new Token(c == '(' ? Type.LEFT : c == ')' ? Type.RIGHT : Type.COMMA, String.valueOf(c), start + 1));
                i++;
            } else if (c == '"' || c == '\'') {
                StringBuilder text = new StringBuilder();
                i++;
                while (i < jql.length() && jql.charAt(i) != c) {
                    if (jql.charAt(i) == '\\' && i + 1 < jql.length()) {
                        i++;
                    }
                    text.append(jql.charAt(i++));
                }
                if (i >= jql.length()) {
                    throw new JqlException("the text starting at character " + (start + 1) + " has no closing " + c);
                }
                i++;
                tokens.add(new Token(Type.STRING, text.toString(), start + 1));
            } else if ("=!<>~".indexOf(c) >= 0) {
                boolean twoCharacters = i + 1 < jql.length() && (jql.charAt(i + 1) == '=' && c != '=' || jql.charAt(i + 1) == '~' && c == '!');
                i += twoCharacters ? 2 : 1;
                tokens.add(new Token(Type.OPERATOR, jql.substring(start, i), start + 1));
            } else {
                while (i < jql.length() && !Character.isWhitespace(jql.charAt(i)) && DELIMITERS.indexOf(jql.charAt(i)) < 0) {
                    i++;
                }
                tokens.add(new Token(Type.WORD, jql.substring(start, i), start + 1));
            }
        }
        tokens.add(new Token(Type.END, "", jql.length() + 1));
        return tokens;
    }
}
