/*
 * Test double of com.atlassian.plugins.atlassian-plugins-webresource-rest:web-resource-manager: WRM.require and the
 * AMD module wrm/require. require(['wr!plugin:key'], callback) loads the web-resource and its dependencies, those the
 * page does not have yet, in the descriptor's order, and returns a thenable. The graph comes from the built
 * atlassian-plugin.xml (window.outcomesTestWebResources: key -> ordered [{key, urls}], written by the test).
 */
(function (window, document) {
  'use strict';

  var WRM = window.WRM = window.WRM || {};
  var loaded = window.outcomesTestLoadedWebResources = window.outcomesTestLoadedWebResources || {};

  function load(url) {
    return new Promise(function (resolve, reject) {
      var element;
      if (/\.css$/.test(url)) {
        element = document.createElement('link');
        element.rel = 'stylesheet';
        element.href = url;
      } else {
        element = document.createElement('script');
        element.src = url;
        element.async = false;
      }
      element.onload = resolve;
      element.onerror = function () {
        reject(new Error('could not load ' + url));
      };
      document.head.appendChild(element);
    });
  }

  function requireResources(resources, callback) {
    var steps = [];
    resources.forEach(function (resource) {
      var match = /^wr!(.+)$/.exec(resource);
      var graph = match && (window.outcomesTestWebResources || {})[match[1]];
      if (!graph) {
        steps.push(function () {
          return Promise.reject(new Error('not a web-resource of the descriptor: ' + resource));
        });
        return;
      }
      graph.forEach(function (webResource) {
        steps.push(function () {
          if (loaded[webResource.key]) {
            return undefined;
          }
          loaded[webResource.key] = true;
          return webResource.urls.reduce(function (done, url) {
            return done.then(function () { return load(url); });
          }, Promise.resolve());
        });
      });
    });
    var all = steps.reduce(function (done, step) { return done.then(step); }, Promise.resolve());
    if (callback) {
      all.then(function () { callback(); });
    }
    return all;
  }

  WRM.require = requireResources;
  window.define('wrm/require', [], function () {
    return requireResources;
  });
}(window, document));
