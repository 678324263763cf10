/*
 * Test double of the AMD loader Jira pages run (almond): named modules only. Like almond it throws on an anonymous
 * define(factory), which is what Chart.js's UMD header calls when it sees define.amd; that is the failure
 * JiraPagesBrowserTest shows and guards against. Factories run on first require, with their dependencies.
 */
(function (window) {
  'use strict';

  var registered = {};
  var values = {};

  function get(name) {
    if (Object.prototype.hasOwnProperty.call(values, name)) {
      return values[name];
    }
    var module = registered[name];
    if (!module) {
      throw new Error('AMD module not defined: ' + name);
    }
    values[name] = typeof module.factory === 'function'
      ? module.factory.apply(window, module.deps.map(get))
      : module.factory;
    return values[name];
  }

  window.define = function (name, deps, factory) {
    if (typeof name !== 'string') {
      throw new Error('anonymous define() rejected: modules on this page must be named (as almond requires)');
    }
    if (!Array.isArray(deps)) {
      factory = deps;
      deps = [];
    }
    registered[name] = { deps: deps, factory: factory };
  };
  window.define.amd = {};

  /** require('name') returns a module; require([names], callback) calls back with them. */
  window.require = function (deps, callback) {
    if (typeof deps === 'string') {
      return get(deps);
    }
    var modules = deps.map(get);
    if (callback) {
      callback.apply(window, modules);
    }
    return undefined;
  };
}(window));
