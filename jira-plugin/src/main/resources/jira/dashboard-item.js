/*
 * The "Outcomes vs Output" dashboard item (AMD module named in atlassian-plugin.xml). Renders in the
 * dashboard page itself, with the same preferences as the OpenSocial gadget it replaces.
 *
 * This file is on every dashboard (web-resource outcomes-dashboard-item, context atl.dashboard), so it is only a
 * loader: Chart.js and core's renderer (web-resource outcomes-gadget) are asked of WRM when one of our items renders.
 * Filtered at build time: ${atlassian.plugin.key} becomes the plugin key.
 */
define('outcomes/dashboard-item', ['jquery', 'wrm/context-path', 'wrm/require'], function ($, contextPath, wrmRequire) {
  'use strict';

  var RENDERER = 'wr!${atlassian.plugin.key}:outcomes-gadget';
  var loading = null;

  /** Calls then() once outcomes-gadget is on the page (one request, however many items render). */
  function withRenderer(context, then) {
    if (!loading) {
      loading = wrmRequire([RENDERER]);
    }
    loading.then(then, function () {
      loading = null; // the next render tries again
      $(context).empty().append($('<div class="aui-message aui-message-error" role="alert"></div>')
        .text(AJS.I18n.getText('outcomes.js.error.network')));
    });
  }

  function DashboardItem(API) {
    this.API = API;
  }

  DashboardItem.prototype.render = function (context, preferences) {
    var self = this;
    if (!preferences.isConfigured) {
      this.renderEdit(context, preferences);
      return;
    }
    withRenderer(context, function () {
      window.OutcomesJira.mount($(context).get(0), preferences, contextPath());
      self.API.resize();
    });
  };

  DashboardItem.prototype.renderEdit = function (context, preferences) {
    var API = this.API;
    withRenderer(context, function () {
      var $form = $('<form class="aui oc-root"></form>');
      function field(name, label, control) {
        var id = 'oc-pref-' + name + '-' + Math.random().toString(36).slice(2);
        control.attr({ id: id, name: name });
        return $('<div class="field-group"></div>').append($('<label></label>').attr('for', id).text(label), control);
      }
      var weeks = $('<select class="select"></select>');
      window.OutcomesJira.weeks.forEach(function (w) {
        weeks.append($('<option></option>').val(w).text(w).prop('selected', String(preferences.weeks || '12') === w));
      });
      $form.append(
        field('project', AJS.I18n.getText('outcomes.gadget.pref.project'),
          $('<input class="text" type="text">').val(preferences.project || '')),
        field('challenge', AJS.I18n.getText('outcomes.gadget.pref.challenge'),
          $('<input class="text" type="text">').val(preferences.challenge || '')),
        field('weeks', AJS.I18n.getText('outcomes.gadget.pref.weeks'), weeks),
        $('<div class="buttons-container"><div class="buttons"></div></div>').find('.buttons')
          .append($('<button class="aui-button aui-button-primary" type="submit"></button>')
            .text(AJS.I18n.getText('outcomes.gadget.save'))).end());
      $form.on('submit', function (event) {
        event.preventDefault();
        API.savePreferences({
          project: $.trim($form.find('[name=project]').val()),
          challenge: $.trim($form.find('[name=challenge]').val()),
          weeks: $form.find('[name=weeks]').val(),
          isConfigured: true
        });
      });
      $(context).empty().append($form);
      API.resize();
    });
  };

  return DashboardItem;
});
