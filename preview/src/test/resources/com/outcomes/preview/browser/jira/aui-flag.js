/*
 * Test double of com.atlassian.auiplugin:aui-flag, only what our scripts call: AJS.flag({type, body, close}). It shows
 * the flag as AUI marks one up (an aui-flag holding an aui-message) and keeps every call in window.outcomesTestFlags.
 */
(function (window, document) {
  'use strict';

  var AJS = window.AJS = window.AJS || {};
  window.outcomesTestFlags = [];
  AJS.flag = function (options) {
    window.outcomesTestFlags.push(options);
    var flag = document.createElement('div');
    flag.className = 'aui-flag';
    flag.setAttribute('aria-hidden', 'false');
    flag.innerHTML = '<div class="aui-message aui-message-' + (options.type || 'info') + '">' + options.body + '</div>';
    document.body.appendChild(flag);
    return flag;
  };
}(window, document));
