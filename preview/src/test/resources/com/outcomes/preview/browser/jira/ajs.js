/*
 * Test double of com.atlassian.auiplugin:ajs, only what our scripts call: AJS.I18n.getText. In Jira the jsI18n
 * transformer replaces each literal call with the translated text when it serves the script; here the call itself
 * looks the key up in window.outcomesTestMessages (core's bundle, put on the page by the test).
 */
(function (window) {
  'use strict';

  var AJS = window.AJS = window.AJS || {};
  AJS.I18n = {
    getText: function (key) {
      var pattern = (window.outcomesTestMessages || {})[key];
      if (pattern === undefined) {
        return key;
      }
      var args = Array.prototype.slice.call(arguments, 1);
      return pattern.replace(/\{(\d+)\}/g, function (match, index) {
        return args[Number(index)] === undefined ? match : String(args[Number(index)]);
      });
    }
  };
}(window));
