/*
 * Jira glue for core's "Outcomes vs Output" renderer (web/gadget.js), shared by the OpenSocial gadget
 * (gadgets/outcomes-vs-output.xml) and the dashboard item that replaces it on Jira's dashboards.
 *
 * Messages: core's scripts read the outcomes.js.* texts as JSON from a data-outcomes-i18n attribute. In Jira
 * they come from the jsI18n transformer, which needs one literal AJS.I18n.getText call per key; placeholders are
 * passed back as '{n}' so the pattern reaches core's formatter unchanged. OutcomesJiraI18nTest keeps this list
 * equal to the bundle's outcomes.js.* keys.
 */
(function (window, document) {
  'use strict';

  var OutcomesJira = window.OutcomesJira = window.OutcomesJira || {};
  var WEEKS = ['4', '8', '12', '26'];

  function messages() {
    return {
      'loading': AJS.I18n.getText('outcomes.js.loading'),
      'date': AJS.I18n.getText('outcomes.js.date', '{0}', '{1}', '{2}'),
      'date.months': AJS.I18n.getText('outcomes.js.date.months'),
      'error.http': AJS.I18n.getText('outcomes.js.error.http', '{0}'),
      'error.network': AJS.I18n.getText('outcomes.js.error.network'),
      'dashboard.title': AJS.I18n.getText('outcomes.js.dashboard.title'),
      'dashboard.window': AJS.I18n.getText('outcomes.js.dashboard.window', '{0}', '{1}', '{2}'),
      'legend.outcome': AJS.I18n.getText('outcomes.js.legend.outcome'),
      'legend.output': AJS.I18n.getText('outcomes.js.legend.output'),
      'okr.label': AJS.I18n.getText('outcomes.js.okr.label'),
      'okr.hint': AJS.I18n.getText('outcomes.js.okr.hint'),
      'unassigned.title': AJS.I18n.getText('outcomes.js.unassigned.title'),
      'unassigned.hint': AJS.I18n.getText('outcomes.js.unassigned.hint'),
      'indicators.title': AJS.I18n.getText('outcomes.js.indicators.title'),
      'status.NO_DATA': AJS.I18n.getText('outcomes.js.status.NO_DATA'),
      'status.ACHIEVED': AJS.I18n.getText('outcomes.js.status.ACHIEVED'),
      'status.MISSED': AJS.I18n.getText('outcomes.js.status.MISSED'),
      'status.ON_TRACK': AJS.I18n.getText('outcomes.js.status.ON_TRACK'),
      'status.AT_RISK': AJS.I18n.getText('outcomes.js.status.AT_RISK'),
      'status.OFF_TRACK': AJS.I18n.getText('outcomes.js.status.OFF_TRACK'),
      'kind.OUTCOME': AJS.I18n.getText('outcomes.js.kind.OUTCOME'),
      'kind.LEADING': AJS.I18n.getText('outcomes.js.kind.LEADING'),
      'kind.GUARDRAIL': AJS.I18n.getText('outcomes.js.kind.GUARDRAIL'),
      'kind.KPI': AJS.I18n.getText('outcomes.js.kind.KPI'),
      'statement': AJS.I18n.getText('outcomes.js.statement', '{0}', '{1}', '{2}', '{3}'),
      'statement.atMost': AJS.I18n.getText('outcomes.js.statement.atMost', '{0}', '{1}'),
      'statement.atLeast': AJS.I18n.getText('outcomes.js.statement.atLeast', '{0}', '{1}'),
      'measuredOn': AJS.I18n.getText('outcomes.js.measuredOn', '{0}'),
      'stale.days': AJS.I18n.getText('outcomes.js.stale.days', '{0}'),
      'stale.never': AJS.I18n.getText('outcomes.js.stale.never'),
      'progress.label': AJS.I18n.getText('outcomes.js.progress.label'),
      'progress.caption': AJS.I18n.getText('outcomes.js.progress.caption', '{0}', '{1}'),
      'progress.expected': AJS.I18n.getText('outcomes.js.progress.expected', '{0}'),
      'progress.none': AJS.I18n.getText('outcomes.js.progress.none'),
      'forecast.reaches': AJS.I18n.getText('outcomes.js.forecast.reaches', '{0}'),
      'forecast.misses': AJS.I18n.getText('outcomes.js.forecast.misses', '{0}'),
      'chart.readings': AJS.I18n.getText('outcomes.js.chart.readings'),
      'chart.plan': AJS.I18n.getText('outcomes.js.chart.plan'),
      'chart.threshold': AJS.I18n.getText('outcomes.js.chart.threshold'),
      'chart.trendLabel': AJS.I18n.getText('outcomes.js.chart.trendLabel', '{0}'),
      'chart.unavailable': AJS.I18n.getText('outcomes.js.chart.unavailable'),
      'sparkline.label': AJS.I18n.getText('outcomes.js.sparkline.label', '{0}'),
      'output.title': AJS.I18n.getText('outcomes.js.output.title'),
      'output.doneInWindow': AJS.I18n.getText('outcomes.js.output.doneInWindow', '{0}', '{1}'),
      'output.doneInWindow.one': AJS.I18n.getText('outcomes.js.output.doneInWindow.one', '{0}', '{1}'),
      'output.perWeek': AJS.I18n.getText('outcomes.js.output.perWeek'),
      'output.chartLabel': AJS.I18n.getText('outcomes.js.output.chartLabel', '{0}'),
      'chart.windowLabel': AJS.I18n.getText('outcomes.js.chart.windowLabel', '{0}', '{1}'),
      'cadence': AJS.I18n.getText('outcomes.js.cadence', '{0}'),
      'cadence.one': AJS.I18n.getText('outcomes.js.cadence.one'),
      'cadence.due': AJS.I18n.getText('outcomes.js.cadence.due', '{0}', '{1}'),
      'cadence.due.one': AJS.I18n.getText('outcomes.js.cadence.due.one', '{0}', '{1}'),
      'source': AJS.I18n.getText('outcomes.js.source', '{0}'),
      'output.epicDone': AJS.I18n.getText('outcomes.js.output.epicDone', '{0}', '{1}'),
      'record.saved': AJS.I18n.getText('outcomes.js.record.saved'),
      'empty.noProject.title': AJS.I18n.getText('outcomes.js.empty.noProject.title'),
      'empty.noProject.body': AJS.I18n.getText('outcomes.js.empty.noProject.body'),
      'empty.noOutcomes.title': AJS.I18n.getText('outcomes.js.empty.noOutcomes.title'),
      'empty.noOutcomes.body': AJS.I18n.getText('outcomes.js.empty.noOutcomes.body'),
      'empty.noOutcomesInChallenge.title': AJS.I18n.getText('outcomes.js.empty.noOutcomesInChallenge.title'),
      'empty.noOutcomesInChallenge.body': AJS.I18n.getText('outcomes.js.empty.noOutcomesInChallenge.body'),
      'empty.noMetric.title': AJS.I18n.getText('outcomes.js.empty.noMetric.title'),
      'empty.noMetric.body': AJS.I18n.getText('outcomes.js.empty.noMetric.body'),
      'empty.noReadings': AJS.I18n.getText('outcomes.js.empty.noReadings'),
      'empty.noEpics.title': AJS.I18n.getText('outcomes.js.empty.noEpics.title'),
      'empty.noEpics.body': AJS.I18n.getText('outcomes.js.empty.noEpics.body')
    };
  }

  /** Renders the widget for the given preferences into container (a DOM element). */
  function mount(container, prefs, baseUrl) {
    var root = document.createElement('div');
    root.className = 'oc-root oc-gadget';
    root.setAttribute('data-outcomes-gadget', '');
    root.setAttribute('data-base-url', baseUrl || '');
    root.setAttribute('data-project', prefs.project || '');
    root.setAttribute('data-challenge', prefs.challenge || '');
    root.setAttribute('data-weeks', WEEKS.indexOf(String(prefs.weeks)) >= 0 ? String(prefs.weeks) : '12');
    root.setAttribute('data-outcomes-i18n', JSON.stringify(messages()));
    container.innerHTML = '';
    container.appendChild(root);
    window.Outcomes.loadGadget(root);
    return root;
  }

  /** AJS.Gadget configuration form: project or challenge key, and the window in weeks. */
  function gadgetConfig(gadget) {
    return {
      fields: [
        { userpref: 'project', label: AJS.I18n.getText('outcomes.gadget.pref.project'), type: 'text',
          value: gadget.getPref('project') },
        { userpref: 'challenge', label: AJS.I18n.getText('outcomes.gadget.pref.challenge'), type: 'text',
          value: gadget.getPref('challenge') },
        { userpref: 'weeks', label: AJS.I18n.getText('outcomes.gadget.pref.weeks'), type: 'select',
          selected: gadget.getPref('weeks'),
          options: WEEKS.map(function (w) { return { label: w, value: w }; }) },
        AJS.gadget.fields.nowConfigured()
      ]
    };
  }

  /** AJS.Gadget view: renders into the gadget's own element and lets the gadget resize with its content. */
  function gadgetView(gadget, baseUrl) {
    var container = gadget.getView().get(0);
    mount(container, {
      project: gadget.getPref('project'),
      challenge: gadget.getPref('challenge'),
      weeks: gadget.getPref('weeks')
    }, baseUrl);
    gadget.resize();
  }

  OutcomesJira.mount = mount;
  OutcomesJira.gadgetConfig = gadgetConfig;
  OutcomesJira.gadgetView = gadgetView;
  OutcomesJira.weeks = WEEKS;
}(window, document));
