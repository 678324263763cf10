package com.outcomes.preview.jql;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.outcomes.preview.jql.JqlLexer.Token;
import com.outcomes.preview.jql.JqlLexer.Type;

/**
 * Compiles the preview's JQL subset (DESIGN §6) into a {@link Condition}. Hand-written recursive descent: the grammar
 * is five rules, and a parser generator (ANTLR, JavaCC) would add a build step and a runtime library for less control
 * over the one thing that matters here, a message that names exactly what the subset does not support:
 * <pre>
 * query    := [or] [ORDER BY ...]
 * or       := and (OR and)*
 * and      := not (AND not)*
 * not      := (NOT | !) not | '(' or ')' | clause
 * clause   := field (= | != | &lt; | &lt;= | &gt; | &gt;=) value | field [NOT] IN '(' value (, value)* ')'
 *           | field IS [NOT] (EMPTY | NULL)
 * </pre>
 */
final class JqlParser {

    private static final Pattern RELATIVE = Pattern.compile("([+-]?)(\\d{1,5})([a-zA-Z])");
    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");

    private final List<Token> tokens;
    private int next;

    private JqlParser(String jql) {
        this.tokens = JqlLexer.tokens(jql);
    }

    static Condition parse(String jql) {
        JqlParser parser = new JqlParser(jql == null ? "" : jql);
        Condition condition = parser.peek().type() == Type.END || parser.atOrderBy() ? Condition.EVERY_ISSUE : parser.or();
        if (parser.atOrderBy()) {
            // Ordering changes no count: ORDER BY is accepted (Jira adds it to saved filters) and its fields ignored.
            return condition;
        }
        Token rest = parser.peek();
        if (rest.type() != Type.END) {
            throw parser.error(rest, "expected AND, OR or the end of the query but got " + rest.shown());
        }
        return condition;
    }

    private Condition or() {
        Condition condition = and();
        while (peek().isWord("or")) {
            next++;
            condition = Condition.or(condition, and());
        }
        return condition;
    }

    private Condition and() {
        Condition condition = not();
        while (peek().isWord("and")) {
            next++;
            condition = Condition.and(condition, not());
        }
        return condition;
    }

    private Condition not() {
        Token token = peek();
        if (token.isWord("not") || token.type() == Type.OPERATOR && token.text().equals("!")) {
            next++;
            return Condition.not(not());
        }
        if (token.type() == Type.LEFT) {
            next++;
            Condition inner = or();
            expect(Type.RIGHT, "')'");
            return inner;
        }
        return clause();
    }

    private Condition clause() {
        Token name = take();
        if (name.type() != Type.WORD && name.type() != Type.STRING || isKeyword(name)) {
            throw error(name, "expected a field name but got " + name.shown());
        }
        JqlField field = JqlField.named(name.text()).orElseThrow(() -> error(name, "the field '" + name.text()
                + "' is not supported by the preview's JQL subset (fields: " + JqlField.supported() + ")"));
        return Condition.costing(field.cost(), clauseOn(field));
    }

    private Condition clauseOn(JqlField field) {
        Token operator = take();
        if (operator.isWord("is")) {
            boolean negated = peek().isWord("not");
            if (negated) {
                next++;
            }
            Token empty = take();
            if (!empty.isWord("empty") && !empty.isWord("null")) {
                throw error(empty, "expected EMPTY after IS" + (negated ? " NOT" : "") + " but got " + empty.shown());
            }
            return negated ? Condition.not(emptyCondition(field)) : emptyCondition(field);
        }
        if (operator.isWord("in")) {
            return in(field, operator, list(field));
        }
        if (operator.isWord("not")) {
            Token in = take();
            if (!in.isWord("in")) {
                throw error(in, "expected IN after NOT but got " + in.shown());
            }
            return notIn(field, operator, list(field));
        }
        if (operator.type() != Type.OPERATOR) {
            if (operator.isWord("was") || operator.isWord("changed")) {
                throw error(operator, "the operator " + operator.text().toUpperCase(Locale.ROOT)
                        + " (change history) is not supported by the preview's JQL subset");
            }
            throw error(operator, "expected an operator after " + field.shownName() + " but got " + operator.shown());
        }
        return compare(field, operator);
    }

    private Condition compare(JqlField field, Token operator) {
        String op = operator.text();
        if (op.equals("~") || op.equals("!~")) {
            throw error(operator, "the operator " + op + " (text search) is not supported by the preview's JQL subset");
        }
        if (!Set.of("=", "!=", "<", "<=", ">", ">=").contains(op)) {
            throw error(operator, "unknown operator '" + op + "'");
        }
        Token value = peek();
        if ((value.isWord("empty") || value.isWord("null")) && (op.equals("=") || op.equals("!="))) {
            next++;
            return op.equals("=") ? emptyCondition(field) : Condition.not(emptyCondition(field));
        }
        if (field.kind() == JqlField.Kind.PRESENCE) {
            throw error(operator, "the preview's JQL subset asks " + field.shownName() + " only with IS EMPTY or IS NOT EMPTY");
        }
        Value compared = value(field);
        if (field.kind() == JqlField.Kind.DATE) {
            return dateCompare(field, op, compared);
        }
        return switch (op) {
            case "=" -> in(field, operator, List.of(compared));
            case "!=" -> notIn(field, operator, List.of(compared));
            default -> throw error(operator, "the operator " + op + " is not supported for " + field.shownName()
                    + " (only for created and resolved)");
        };
    }

    private Condition in(JqlField field, Token operator, List<Value> values) {
        if (field.kind() == JqlField.Kind.DATE) {
            return values.stream().map(v -> dateCompare(field, "=", v)).reduce(Condition::or).orElseThrow();
        }
        if (field.kind() == JqlField.Kind.PRESENCE) {
            throw error(operator, "the preview's JQL subset asks " + field.shownName() + " only with IS EMPTY or IS NOT EMPTY");
        }
        WantedTexts wanted = field.wanted(texts(values));
        return Condition.always(issue -> field.anyWanted(issue, wanted));
    }

    /** As in Jira, != and NOT IN never match an issue whose field is empty. */
    private Condition notIn(JqlField field, Token operator, List<Value> values) {
        if (field.kind() == JqlField.Kind.DATE) {
            Condition any = in(field, operator, values);
            return asOf -> {
                Predicate<SearchableIssue> anyDay = any.on(asOf);
                return issue -> field.date(issue) != null && !anyDay.test(issue);
            };
        }
        if (field.kind() == JqlField.Kind.PRESENCE) {
            throw error(operator, "the preview's JQL subset asks " + field.shownName() + " only with IS EMPTY or IS NOT EMPTY");
        }
        WantedTexts unwanted = field.wanted(texts(values));
        return Condition.always(issue -> !field.empty(issue) && !field.anyWanted(issue, unwanted));
    }

    private static Condition emptyCondition(JqlField field) {
        return Condition.always(field::empty);
    }

    /** Dates compare by calendar day: {@code created <= 2026-11-01} includes issues created that day. */
    private static Condition dateCompare(JqlField field, String op, Value value) {
        IntPredicate holds = switch (op) {
            case "=" -> order -> order == 0;
            case "!=" -> order -> order != 0;
            case "<" -> order -> order < 0;
            case "<=" -> order -> order <= 0;
            case ">" -> order -> order > 0;
            default -> order -> order >= 0;
        };
        return asOf -> {
            LocalDate compared = value.date(asOf);
            return issue -> {
                LocalDate day = field.date(issue);
                return day != null && holds.test(day.compareTo(compared));
            };
        };
    }

    private List<Value> list(JqlField field) {
        expect(Type.LEFT, "'(' to start the list");
        List<Value> values = new ArrayList<>();
        values.add(value(field));
        while (peek().type() == Type.COMMA) {
            next++;
            values.add(value(field));
        }
        expect(Type.RIGHT, "',' or ')'");
        return values;
    }

    private Value value(JqlField field) {
        Token token = take();
        if (token.type() != Type.WORD && token.type() != Type.STRING) {
            throw error(token, "expected a value for " + field.shownName() + " but got " + token.shown());
        }
        if (token.type() == Type.WORD && peek().type() == Type.LEFT) {
            throw error(token, "the function " + token.text() + "() is not supported by the preview's JQL subset");
        }
        if (token.type() == Type.WORD && (token.isWord("empty") || token.isWord("null"))) {
            throw error(token, "EMPTY is asked with IS EMPTY or IS NOT EMPTY");
        }
        if (field.kind() == JqlField.Kind.DATE) {
            return dateValue(field, token);
        }
        return new Value(token.text(), null, 0);
    }

    private Value dateValue(JqlField field, Token token) {
        String text = token.text().strip();
        Matcher relative = RELATIVE.matcher(text);
        if (relative.matches()) {
            int amount = Integer.parseInt(relative.group(2)) * ("-".equals(relative.group(1)) ? -1 : 1);
            return switch (relative.group(3)) {
                case "d" -> new Value(text, null, amount);
                case "w" -> new Value(text, null, amount * 7);
                default -> throw error(token, "the preview's JQL subset counts relative dates in days (d) or weeks (w),"
                        + " not '" + text + "'");
            };
        }
        Matcher absolute = DATE.matcher(text);
        if (absolute.matches()) {
            try {
                return new Value(text, LocalDate.of(Integer.parseInt(absolute.group(1)), Integer.parseInt(absolute.group(2)),
                        Integer.parseInt(absolute.group(3))), 0);
            } catch (java.time.DateTimeException e) {
                throw error(token, "'" + text + "' is not a date");
            }
        }
        throw error(token, "expected a date for " + field.shownName() + " (YYYY-MM-DD, or relative such as -7d or -2w)"
                + " but got " + token.shown());
    }

    private static Set<String> texts(List<Value> values) {
        return values.stream().map(v -> v.text().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    private boolean atOrderBy() {
        return peek().isWord("order") && next + 1 < tokens.size() && tokens.get(next + 1).isWord("by");
    }

    private static boolean isKeyword(Token token) {
        return token.type() == Type.WORD && Set.of("and", "or", "not", "in", "is", "empty", "null", "order")
                .contains(token.text().toLowerCase(Locale.ROOT));
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token take() {
        Token token = tokens.get(next);
        if (token.type() != Type.END) {
            next++;
        }
        return token;
    }

    private void expect(Type type, String what) {
        Token token = take();
        if (token.type() != type) {
            throw error(token, "expected " + what + " but got " + token.shown());
        }
    }

    private JqlException error(Token at, String problem) {
        return new JqlException(problem + " (at character " + at.position() + ")");
    }

    /** A value as written: text, or a day (absolute, or {@code offsetDays} from the day the query is run for). */
    private record Value(String text, LocalDate absolute, int offsetDays) {

        LocalDate date(LocalDate asOf) {
            return absolute != null ? absolute : asOf.plusDays(offsetDays);
        }
    }
}
