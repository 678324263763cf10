package com.outcomes.view;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;

/**
 * Jira's automatic escaping of printed Velocity references, from the documented rule (Atlassian developer docs,
 * "JIRA 6.0 - HTML escaping for velocity templates"): every reference Velocity prints is HTML-escaped unless its
 * name ends in {@code Html}. Directive arguments ({@code #if}, {@code #foreach}) and call arguments are not printed,
 * so Velocity never hands them to this handler.
 *
 * <p>The name read here is the reference's last segment once {@code $}, {@code !}, braces and call arguments are
 * stripped: {@code $!{view.nameHtml}} → {@code nameHtml}, {@code $o.getSummaryHtml()} → {@code getSummaryHtml},
 * {@code $i18n.textHtml("k", $m.nameHtml)} → {@code textHtml}, {@code $findingHtml} → {@code findingHtml}.
 * Jira itself (the velocity-htmlsafe library behind it and its template renderer) judges a bare {@code $xHtml} by
 * its name and anything else by the method Velocity called, which for {@code $o.summaryHtml} is
 * {@code getSummaryHtml}; it also ignores case and trusts {@code @HtmlSafe} methods and names such as
 * {@code render…}. This handler is stricter (exact {@code Html}, no annotations), so a template that prints the
 * same under it and under plain Velocity relies on nothing Jira would escape — except a property read through a
 * {@code get("…Html")} map lookup, which our view models do not offer.
 */
public final class JiraHtmlEscaping implements ReferenceInsertionEventHandler {

    @Override
    public Object referenceInsert(String reference, Object value) {
        if (value == null || name(reference).endsWith("Html")) {
            return value;
        }
        return Html.escape(value.toString());
    }

    /** The last segment of a reference's literal text, without {@code $!{}} and without call arguments. */
    static String name(String reference) {
        StringBuilder bare = new StringBuilder(reference.length());
        int depth = 0;
        char quote = 0;
        for (char c : reference.toCharArray()) {
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (depth > 0 && (c == '"' || c == '\'')) {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && c != '$' && c != '!' && c != '{' && c != '}') {
                bare.append(c);
            }
        }
        return bare.substring(bare.lastIndexOf(".") + 1);
    }
}
