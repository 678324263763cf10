/**
 * View models for the Velocity templates (issue panels, the dashboard gadget's content, sprint review) and the
 * factories that shape them from a service answer (a service decides what may be shown; a factory only words and
 * formats it). The server renders; the scripts in {@code web/} only enhance.
 *
 * <p>Escaping, the one rule: the same templates must print the same, single-escaped HTML under two hosts.
 * The preview's plain Velocity 1.7 escapes nothing; Jira (since 6.0, and its template renderer) HTML-escapes
 * every printed reference unless its name ends in {@code Html} (a scalar {@code $xHtml}, or a call of a
 * method named {@code …Html}, such as the getter behind {@code $o.summaryHtml}), its method is
 * {@code @HtmlSafe}, or the template calls {@code #disable_html_escaping()}. So:
 * <ul>
 * <li><b>every String getter of a view model ends in {@code Html} and returns HTML-escaped text</b>:
 *     constructors take raw values and escape them with {@link com.outcomes.view.Html#escape(String)}
 *     exactly once; factories never escape;</li>
 * <li>templates translate with {@link com.outcomes.view.I18n#textHtml(String, Object...)}, never
 *     {@code getText} (its raw text would be printed unescaped by the preview and escaped by Jira);</li>
 * <li>numbers ({@code int}/{@code long} getters such as {@code $m.id}) keep their names: Jira escapes their
 *     digits, which changes nothing; booleans only steer {@code #if}, which Jira does not escape.</li>
 * </ul>
 * {@code TemplateEscapingTest} renders every template both ways with hostile text in every field.
 */
package com.outcomes.view;
