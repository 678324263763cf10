/*
 * Jira glue for core's "Outcomes vs Output" gadget script (web/gadget.js, which inserts the content Jira renders
 * at /rest/outcomes/1.0/dashboard/view and draws its charts), shared by the OpenSocial gadget
 * (gadgets/outcomes-vs-output.xml) and the dashboard item that replaces it on Jira's dashboards.
 *
 * Messages: core's scripts read the few outcomes.js.* texts they still say themselves as JSON from a
 * data-outcomes-i18n attribute. In Jira they come from the jsI18n transformer, which needs one literal AJS.I18n.getText call per key; placeholders are
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
      'authoring.metricDefined': AJS.I18n.getText('outcomes.js.authoring.metricDefined'),
      'authoring.metricSaved': AJS.I18n.getText('outcomes.js.authoring.metricSaved'),
      'authoring.corrected': AJS.I18n.getText('outcomes.js.authoring.corrected'),
      'authoring.correcting': AJS.I18n.getText('outcomes.js.authoring.correcting', '{0}'),
      'authoring.imported': AJS.I18n.getText('outcomes.js.authoring.imported', '{0}'),
      'authoring.csvLine': AJS.I18n.getText('outcomes.js.authoring.csvLine', '{0}', '{1}'),
      'authoring.csvCell': AJS.I18n.getText('outcomes.js.authoring.csvCell', '{0}', '{1}', '{2}'),
      'authoring.csvMissing': AJS.I18n.getText('outcomes.js.authoring.csvMissing'),
      'authoring.riceSaved': AJS.I18n.getText('outcomes.js.authoring.riceSaved', '{0}'),
      'authoring.computed': AJS.I18n.getText('outcomes.js.authoring.computed', '{0}'),
      'date': AJS.I18n.getText('outcomes.js.date', '{0}', '{1}', '{2}'),
      'date.months': AJS.I18n.getText('outcomes.js.date.months'),
      'error.http': AJS.I18n.getText('outcomes.js.error.http', '{0}'),
      'error.network': AJS.I18n.getText('outcomes.js.error.network'),
      'chart.readings': AJS.I18n.getText('outcomes.js.chart.readings'),
      'chart.plan': AJS.I18n.getText('outcomes.js.chart.plan'),
      'chart.threshold': AJS.I18n.getText('outcomes.js.chart.threshold'),
      'chart.unavailable': AJS.I18n.getText('outcomes.js.chart.unavailable'),
      'output.perWeek': AJS.I18n.getText('outcomes.js.output.perWeek'),
      'record.saved': AJS.I18n.getText('outcomes.js.record.saved'),
      'record.recorded': AJS.I18n.getText('outcomes.js.record.recorded'),
      'checkin.saved': AJS.I18n.getText('outcomes.js.checkin.saved'),
      'empty.noProject.title': AJS.I18n.getText('outcomes.js.empty.noProject.title'),
      'empty.noProject.body': AJS.I18n.getText('outcomes.js.empty.noProject.body'),
      'calibration.x': AJS.I18n.getText('outcomes.js.calibration.x'),
      'calibration.y': AJS.I18n.getText('outcomes.js.calibration.y')
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
