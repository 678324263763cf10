/*
 * Outcomes for Jira: helpers shared by the gadget and the issue panels (Jira and the preview).
 * The server renders every card, number and sentence (core's Velocity templates); these scripts only enhance what it
 * rendered: they draw bars and charts from data attributes, fetch readings for the charts, insert the gadget's
 * server-rendered content and wire forms. The few texts they say themselves (loading, errors, chart legends) are the
 * bundle's outcomes.js.* messages; anything else they put into innerHTML goes through Outcomes.esc() first.
 */
(function (window, document) {
  'use strict';

  var Outcomes = window.Outcomes = window.Outcomes || {};
  var messages = null;

  /** HTML-escapes anything (null/undefined become ""). */
  function esc(value) {
    if (value === null || value === undefined) {
      return '';
    }
    return String(value)
      .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  }

  /** The outcomes.js.* messages, read once from the first element carrying data-outcomes-i18n (JSON). */
  function bundle() {
    if (messages === null) {
      messages = {};
      var holder = document.querySelector('[data-outcomes-i18n]');
      if (holder) {
        try {
          messages = JSON.parse(holder.getAttribute('data-outcomes-i18n')) || {};
        } catch (e) {
          messages = {};
        }
      }
    }
    return messages;
  }

  /** Plain text of an i18n key ("dashboard.title" for outcomes.js.dashboard.title) with {0}.. filled in. Not escaped. */
  function text(key) {
    var pattern = bundle()[key];
    if (pattern === undefined) {
      pattern = key; // visible in review rather than a blank
    }
    var args = Array.prototype.slice.call(arguments, 1);
    return pattern.replace(/\{(\d+)\}/g, function (match, index) {
      var arg = args[Number(index)];
      return arg === undefined ? match : String(arg);
    });
  }

  /** Escaped i18n text: the pattern and its arguments end up escaped together. */
  function html() {
    return esc(text.apply(null, arguments));
  }

  /** 41, 43.5, 12.25% or 3.2 days: at most two decimals, unit "%" glued, any other unit after a space. */
  function number(value, unit) {
    if (value === null || value === undefined || isNaN(value)) {
      return '\u2013';
    }
    var rounded = Math.round(Number(value) * 100) / 100;
    var digits = rounded.toLocaleString(locale(), { maximumFractionDigits: 2 });
    if (!unit || !String(unit).trim()) {
      return digits;
    }
    unit = String(unit).trim();
    return unit === '%' ? digits + '%' : digits + ' ' + unit;
  }

  function locale() {
    return document.documentElement.lang || 'en-GB';
  }

  /**
   * "2026-12-31" -> "31 Dec 2026", read as a calendar date (never shifted by the browser's time zone), in the one
   * format of the bundle's locale (outcomes.js.date), which the server's dates use too.
   */
  function date(iso) {
    if (!iso) {
      return '\u2013';
    }
    var parts = String(iso).substring(0, 10).split('-');
    var months = text('date.months').split(' ');
    var month = Number(parts[1]);
    if (parts.length !== 3 || isNaN(Number(parts[0])) || !(month >= 1 && month <= 12) || isNaN(Number(parts[2]))) {
      return String(iso);
    }
    return text('date', String(Number(parts[2])), months[month - 1], parts[0]);
  }

  /** Days since 1970-01-01 of an ISO date: the x axis of every chart (linear, so no date adapter is needed). */
  function epochDay(iso) {
    var parts = String(iso).substring(0, 10).split('-');
    return Math.round(Date.UTC(Number(parts[0]), Number(parts[1]) - 1, Number(parts[2])) / 86400000);
  }

  function dayToIso(day) {
    return new Date(day * 86400000).toISOString().substring(0, 10);
  }

  /** The base URL of Jira (context path) or of the preview, from data-base-url on the widget's root. */
  function baseUrl(root) {
    var el = root && root.closest ? root.closest('[data-base-url]') : null;
    el = el || document.querySelector('[data-base-url]');
    return el ? el.getAttribute('data-base-url').replace(/\/$/, '') : '';
  }

  /**
   * Absolute URL of a REST path. Built on location.origin, never relative: a page opened with
   * credentials in its URL (user:pass@host) makes relative fetch() URLs carry them, which browsers reject.
   */
  function restUrl(root, path) {
    var base = baseUrl(root);
    return (/^https?:\/\//.test(base) ? base : window.location.origin + base) + '/rest/outcomes/1.0' + path;
  }

  /**
   * Calls the REST API (/rest/outcomes/1.0 + path). Resolves with the JSON body; rejects with
   * {status, errors:[{field,message}]} as DESIGN §5 defines error bodies (or a generic one). The body is sent as JSON,
   * or as it is when a contentType is given (the CSV import's text/csv).
   */
  function api(root, method, path, body, contentType) {
    var headers = { 'Accept': 'application/json' };
    if (method === 'POST' || method === 'PUT') {
      headers['Content-Type'] = contentType || 'application/json';
      headers['X-Atlassian-Token'] = 'no-check'; // Jira's XSRF check for REST writes
    }
    return request(root, path, {
      method: method,
      headers: headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : contentType ? body : JSON.stringify(body)
    }, function (raw) { return raw ? JSON.parse(raw) : null; });
  }

  /**
   * GETs an HTML fragment the server rendered (/rest/outcomes/1.0 + path), for insertion as it is: the server escaped
   * every text in it. Rejects like api(), with the API's JSON error body.
   */
  function fragment(root, path) {
    return request(root, path, { method: 'GET', headers: { 'Accept': 'text/html' }, credentials: 'same-origin' },
      function (raw) { return raw; });
  }

  function request(root, path, options, read) {
    return window.fetch(restUrl(root, path), options).then(function (response) {
      return response.text().then(function (raw) {
        if (response.ok) {
          return read(raw);
        }
        var json = null;
        try {
          json = raw ? JSON.parse(raw) : null;
        } catch (e) {
          json = null;
        }
        var errors = json && json.errors ? json.errors : [{ field: null, message: text('error.http', response.status) }];
        throw { status: response.status, errors: errors };
      });
    }, function () {
      throw { status: 0, errors: [{ field: null, message: text('error.network') }] };
    });
  }

  /**
   * Shows an error body: messages for a field next to the input named by data-field (and marks it
   * invalid); everything else in the form's .oc-form-message or the given container.
   */
  function showErrors(container, failure) {
    clearErrors(container);
    var general = [];
    (failure.errors || []).forEach(function (error) {
      var slot = error.field ? container.querySelector('[data-error-for="' + cssEscape(error.field) + '"]') : null;
      if (slot) {
        slot.textContent = error.message;
        var input = container.querySelector('[name="' + cssEscape(error.field) + '"]');
        if (input) {
          input.setAttribute('aria-invalid', 'true');
          input.setAttribute('aria-describedby', slot.id);
        }
      } else {
        general.push(error.message);
      }
    });
    var box = container.querySelector('.oc-form-message') || container;
    if (general.length) {
      box.innerHTML = '<div class="aui-message aui-message-error" role="alert">' + general.map(esc).join('<br>') + '</div>';
    }
  }

  function clearErrors(container) {
    Array.prototype.forEach.call(container.querySelectorAll('[data-error-for]'), function (slot) { slot.textContent = ''; });
    Array.prototype.forEach.call(container.querySelectorAll('[aria-invalid]'), function (input) { input.removeAttribute('aria-invalid'); });
    var box = container.querySelector('.oc-form-message');
    if (box) {
      box.innerHTML = '';
    }
  }

  function cssEscape(value) {
    return window.CSS && window.CSS.escape ? window.CSS.escape(value) : String(value).replace(/["\\]/g, '\\$&');
  }

  /** Server-rendered progress bars carry their numbers as data attributes (templates hold no inline style). */
  function drawProgress(bar) {
    if (bar.querySelector('.oc-progress-fill')) {
      return;
    }
    var progress = Number(bar.getAttribute('data-progress'));
    var expectedRaw = bar.getAttribute('data-expected');
    var fill = document.createElement('span');
    fill.className = 'oc-progress-fill oc-status-' + (bar.getAttribute('data-status') || 'NO_DATA');
    fill.style.width = (Math.max(0, Math.min(1, progress)) * 100).toFixed(1) + '%';
    bar.appendChild(fill);
    if (expectedRaw) {
      var marker = document.createElement('span');
      marker.className = 'oc-progress-expected';
      marker.style.left = (Math.max(0, Math.min(1, Number(expectedRaw))) * 100).toFixed(1) + '%';
      bar.appendChild(marker);
    }
  }

  /** The JSON an element carries in data-chart (what the server says a chart needs), or null. */
  function chartData(element) {
    var raw = element && element.getAttribute('data-chart');
    if (!raw) {
      return null;
    }
    try {
      return JSON.parse(raw);
    } catch (e) {
      return null;
    }
  }

  /** Non-superseded readings, oldest first. */
  function effective(readings) {
    return (readings || []).filter(function (r) { return !r.superseded; })
      .sort(function (a, b) { return a.measuredAt < b.measuredAt ? -1 : a.measuredAt > b.measuredAt ? 1 : 0; });
  }

  /**
   * Draws a tiny line of the readings into the server's empty svg.oc-sparkline (no library: dozens of these on one
   * dashboard). Only numbers computed here enter the markup.
   */
  function sparkline(svg, readings, metric) {
    var points = effective(readings);
    if (points.length < 2) {
      return;
    }
    var xs = points.map(function (r) { return epochDay(r.measuredAt); });
    var ys = points.map(function (r) { return Number(r.value); });
    var goal = metric.kind === 'GUARDRAIL' ? metric.threshold : metric.target;
    var all = ys.concat(goal === null || goal === undefined ? [] : [Number(goal)]);
    var minX = xs[0], maxX = xs[xs.length - 1] === xs[0] ? xs[0] + 1 : xs[xs.length - 1];
    var minY = Math.min.apply(null, all), maxY = Math.max.apply(null, all);
    if (maxY === minY) { maxY = minY + 1; }
    function px(x) { return (2 + (x - minX) / (maxX - minX) * 92).toFixed(1); }
    function py(y) { return (22 - (y - minY) / (maxY - minY) * 20).toFixed(1); }
    var line = xs.map(function (x, i) { return px(x) + ',' + py(ys[i]); }).join(' ');
    var target = goal === null || goal === undefined ? '' :
      '<line x1="2" x2="94" y1="' + py(goal) + '" y2="' + py(goal) + '"></line>';
    svg.innerHTML = target + '<polyline points="' + line + '"></polyline>';
  }

  /**
   * Trend chart with Chart.js: the readings, the baseline→target line from startDate to targetDate,
   * and a marker at the target date. Falls back to a text note when Chart.js is not loaded.
   */
  function trendChart(canvas, metric, readings) {
    var points = effective(readings).map(function (r) { return { x: epochDay(r.measuredAt), y: r.value }; });
    if (!window.Chart) {
      canvas.insertAdjacentHTML('afterend', '<p class="oc-subtle">' + html('chart.unavailable') + '</p>');
      return null;
    }
    var datasets = [{
      label: text('chart.readings'), data: points, borderColor: '#0052cc', backgroundColor: '#0052cc',
      pointRadius: 2.5, borderWidth: 2, tension: 0
    }];
    if (metric.kind === 'GUARDRAIL' && metric.threshold !== null && metric.threshold !== undefined && points.length) {
      datasets.push({ label: text('chart.threshold'), data: [{ x: points[0].x, y: metric.threshold },
        { x: points[points.length - 1].x, y: metric.threshold }], borderColor: '#de350b', borderDash: [4, 4],
        pointRadius: 0, borderWidth: 1.5 });
    } else if (metric.startDate && metric.targetDate && metric.baseline !== null && metric.target !== null) {
      datasets.push({ label: text('chart.plan'), data: [{ x: epochDay(metric.startDate), y: metric.baseline },
        { x: epochDay(metric.targetDate), y: metric.target }], borderColor: '#6b778c', borderDash: [5, 4],
        pointRadius: [0, 5], pointStyle: 'crossRot', borderWidth: 1.5, clip: 6 });
    }
    // The x axis spans exactly the plan (start to target date) and the readings, not a rounded range.
    var xs = points.map(function (p) { return p.x; });
    if (metric.startDate) { xs.push(epochDay(metric.startDate)); }
    if (metric.targetDate) { xs.push(epochDay(metric.targetDate)); }
    var xMin = xs.length ? Math.min.apply(null, xs) : undefined;
    var xMax = xs.length ? Math.max.apply(null, xs) : undefined;
    return dayChart(canvas, 'line', datasets,
      function (item) { return item.dataset.label + ': ' + number(item.parsed.y, metric.unit); }, {
        x: dayAxis(xMin, xMax),
        y: { ticks: { maxTicksLimit: 4, callback: function (v) { return number(v, metric.unit); }, font: { size: 10 } } }
      });
  }

  /** A chart over days (x = epoch day): no animation or legend, the day as the tooltip's title. */
  function dayChart(canvas, type, datasets, tooltipLabel, scales) {
    return new window.Chart(canvas, {
      type: type,
      data: { datasets: datasets },
      options: {
        animation: false, responsive: true, maintainAspectRatio: false, parsing: false,
        plugins: {
          legend: { display: false },
          tooltip: { callbacks: {
            title: function (items) { return items.length ? date(dayToIso(items[0].parsed.x)) : ''; },
            label: tooltipLabel
          } }
        },
        scales: scales
      }
    });
  }

  /** The x axis from xMin to xMax: four evenly spaced dates, so the end labels never collide with a rounded tick. */
  function dayAxis(xMin, xMax) {
    return { type: 'linear', min: xMin, max: xMax, offset: false,
      afterBuildTicks: function (axis) {
        if (xMin !== undefined && xMax > xMin) {
          axis.ticks = [0, 1, 2, 3].map(function (i) { return { value: Math.round(xMin + (xMax - xMin) * i / 3) }; });
        }
      },
      ticks: { maxTicksLimit: 5, maxRotation: 0, callback: function (v) { return date(dayToIso(v)); }, font: { size: 10 } },
      grid: { display: false } };
  }

  /**
   * Output and outcome on one time axis (issue 15): the tickets done per week as bars and, over them, the outcome's
   * readings inside the window with its plan line (baseline→target) continuing across the window, so a burst of work
   * lines up with the movement it was meant to cause. x is days since 1970 from the window's first Monday to asOf.
   */
  function windowChart(canvas, metric, readings, doneByWeek, windowStart, asOf) {
    if (!window.Chart) {
      canvas.insertAdjacentHTML('afterend', '<p class="oc-subtle">' + html('chart.unavailable') + '</p>');
      return null;
    }
    var xMin = epochDay(windowStart);
    var xMax = epochDay(asOf);
    var bars = (doneByWeek || []).map(function (w) { return { x: epochDay(w.weekStart) + 3, y: w.done }; });
    var datasets = [{
      type: 'bar', label: text('output.perWeek'), data: bars, yAxisID: 'done', backgroundColor: '#8777d9',
      borderRadius: 2, barPercentage: 1, categoryPercentage: 1, maxBarThickness: 14, order: 2
    }];
    if (metric) {
      var all = effective(readings);
      // the reading in force on the window's first day starts the line, so a flat outcome shows as flat from the left edge
      var before = all.filter(function (r) { return epochDay(r.measuredAt) < xMin; });
      var inside = all.filter(function (r) { var d = epochDay(r.measuredAt); return d >= xMin && d <= xMax; })
        .map(function (r) { return { x: epochDay(r.measuredAt), y: r.value }; });
      if (before.length) {
        inside.unshift({ x: xMin, y: before[before.length - 1].value });
      }
      datasets.push({ type: 'line', label: text('chart.readings'), data: inside, yAxisID: 'value',
        borderColor: '#0052cc', backgroundColor: '#0052cc', pointRadius: 2.5, borderWidth: 2, tension: 0, order: 1 });
      var plan = planLine(metric, xMin, xMax);
      if (plan) {
        datasets.push({ type: 'line', label: text(metric.kind === 'GUARDRAIL' ? 'chart.threshold' : 'chart.plan'), data: plan,
          yAxisID: 'value', borderColor: metric.kind === 'GUARDRAIL' ? '#de350b' : '#6b778c', borderDash: [5, 4],
          pointRadius: 0, borderWidth: 1.5, order: 0 });
      }
    }
    return dayChart(canvas, 'bar', datasets, function (item) {
        return item.dataset.label + ': ' + (item.dataset.yAxisID === 'done' ? item.parsed.y
          : number(item.parsed.y, metric && metric.unit));
      }, {
          x: dayAxis(xMin, xMax),
          done: { type: 'linear', position: 'right', beginAtZero: true, grid: { display: false },
                  ticks: { precision: 0, maxTicksLimit: 4, font: { size: 10 }, color: '#6554c0' } },
          // the outcome's own scale, not from zero: a move from 75% to 82% must be visible
          value: { type: 'linear', position: 'left', display: !!metric, beginAtZero: false, grace: '5%',
                   ticks: { maxTicksLimit: 4, font: { size: 10 }, callback: function (v) { return number(v, metric && metric.unit); } } }
        });
  }

  /** The plan (or threshold) across the window: the baseline→target line evaluated at both edges, never cut short. */
  function planLine(metric, xMin, xMax) {
    if (metric.kind === 'GUARDRAIL') {
      return metric.threshold === null || metric.threshold === undefined ? null
        : [{ x: xMin, y: metric.threshold }, { x: xMax, y: metric.threshold }];
    }
    if (!metric.startDate || !metric.targetDate || metric.baseline === null || metric.target === null) {
      return null;
    }
    var s = epochDay(metric.startDate);
    var t = epochDay(metric.targetDate);
    function at(x) {
      var f = Math.max(0, Math.min(1, (x - s) / (t - s)));
      return metric.baseline + (metric.target - metric.baseline) * f;
    }
    return [{ x: xMin, y: at(xMin) }, { x: xMax, y: at(xMax) }];
  }

  /** Runs fn once the element scrolls near the viewport (readings are fetched lazily per visible outcome). */
  function whenVisible(element, fn) {
    if (!('IntersectionObserver' in window)) {
      fn();
      return;
    }
    var observer = new window.IntersectionObserver(function (entries) {
      if (entries.some(function (e) { return e.isIntersecting; })) {
        observer.disconnect();
        fn();
      }
    }, { rootMargin: '200px' });
    observer.observe(element);
  }

  function onReady(fn) {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', fn);
    } else {
      fn();
    }
  }

  Outcomes.esc = esc;
  Outcomes.text = text;
  Outcomes.html = html;
  Outcomes.number = number;
  Outcomes.date = date;
  Outcomes.api = api;
  Outcomes.fragment = fragment;
  Outcomes.showErrors = showErrors;
  Outcomes.clearErrors = clearErrors;
  Outcomes.cssEscape = cssEscape;
  Outcomes.drawProgress = drawProgress;
  Outcomes.chartData = chartData;
  Outcomes.sparkline = sparkline;
  Outcomes.trendChart = trendChart;
  Outcomes.windowChart = windowChart;
  Outcomes.whenVisible = whenVisible;
  Outcomes.onReady = onReady;
}(window, document));
