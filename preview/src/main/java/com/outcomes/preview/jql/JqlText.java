package com.outcomes.preview.jql;

import java.util.List;

import com.outcomes.preview.jql.JqlLexer.Token;
import com.outcomes.preview.jql.JqlLexer.Type;

/** Text-level help for any JQL, also queries beyond the subset that a live Jira runs. */
public final class JqlText {

    private JqlText() {
    }

    /**
     * The query without its top-level {@code ORDER BY …} (it cannot stand inside parentheses when the query is combined
     * with another clause); the query unchanged when it has none or cannot be split into tokens.
     */
    public static String withoutOrderBy(String jql) {
        List<Token> tokens;
        try {
            tokens = JqlLexer.tokens(jql);
        } catch (JqlException e) {
            return jql;
        }
        int depth = 0;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token token = tokens.get(i);
            depth += token.type() == Type.LEFT ? 1 : token.type() == Type.RIGHT ? -1 : 0;
            if (depth == 0 && token.isWord("order") && tokens.get(i + 1).isWord("by")) {
                return jql.substring(0, token.position() - 1).strip();
            }
        }
        return jql;
    }
}
