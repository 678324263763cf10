/**
 * View models for the Velocity templates (issue panels, sprint review) and the factories that build
 * them from core services.
 *
 * <p>Escaping, the one rule: Velocity 1.7 (and Jira's fork) does not escape, so <b>every String getter
 * of a view model returns HTML-escaped text</b>. View-model constructors take raw values and escape
 * them with {@link com.outcomes.view.Html#escape(String)} exactly once; factories never escape.
 * Templates print getters with {@code $!value} and translate with {@code $i18n.getText(...)}, whose
 * bundle texts are ours; arguments passed to it from a template are view-model getters, hence escaped.
 */
package com.outcomes.view;
