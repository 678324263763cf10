/* Test double of com.atlassian.plugins.atlassian-plugins-webresource-plugin:context-path: Jira at the server root. */
(function (window) {
  'use strict';

  var WRM = window.WRM = window.WRM || {};
  WRM.contextPath = function () {
    return '';
  };
  window.define('wrm/context-path', [], function () {
    return WRM.contextPath;
  });
}(window));
