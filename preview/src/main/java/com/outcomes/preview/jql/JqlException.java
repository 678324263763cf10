package com.outcomes.preview.jql;

/**
 * A query the preview's JQL subset cannot run: a syntax error, or a field, operator or function outside the subset.
 * The message is shown to users as the parser's message ({@code computed.jql}), so it names what is wrong and where.
 */
public final class JqlException extends RuntimeException {

    public JqlException(String message) {
        super(message);
    }
}
