/*
 * "Outcomes vs Output" dashboard gadget. Renders GET /dashboard client-side into every element
 * carrying data-outcomes-gadget. Preferences come from the element's data-project / data-challenge /
 * data-weeks (Jira gadget preferences) and are overridden by the page URL's ?project=&challenge=&weeks=.
 * Readings for the trend charts are fetched lazily, per outcome, when it scrolls into view.
 */
(function (window, document) {
  'use strict';

  var O = window.Outcomes;
  var WEEKS = [4, 8, 12, 26];

  function preferences(root) {
    var url = new window.URLSearchParams(window.location.search);
    var weeks = Number(url.get('weeks') || root.getAttribute('data-weeks') || 12);
    return {
      project: url.get('project') || root.getAttribute('data-project') || '',
      challenge: url.get('challenge') || root.getAttribute('data-challenge') || '',
      weeks: WEEKS.indexOf(weeks) >= 0 ? weeks : 12,
      asOf: url.get('asOf') || root.getAttribute('data-as-of') || ''
    };
  }

  function load(root) {
    var prefs = preferences(root);
    root.setAttribute('aria-busy', 'true');
    if (!prefs.project && !prefs.challenge) {
      root.innerHTML = empty('empty.noProject.title', 'empty.noProject.body');
      root.removeAttribute('aria-busy');
      return;
    }
    root.innerHTML = '<p class="oc-subtle" role="status">' + O.html('loading') + '</p>';
    var query = '?weeks=' + prefs.weeks +
      (prefs.project ? '&project=' + encodeURIComponent(prefs.project) : '') +
      (prefs.challenge ? '&challenge=' + encodeURIComponent(prefs.challenge) : '') +
      (prefs.asOf ? '&asOf=' + encodeURIComponent(prefs.asOf) : '');
    O.api(root, 'GET', '/dashboard' + query).then(function (dashboard) {
      render(root, dashboard, prefs);
      root.removeAttribute('aria-busy');
      root.setAttribute('data-loaded', 'true');
    }, function (failure) {
      root.innerHTML = '<div class="oc-alert oc-alert-error" role="alert">' +
        (failure.errors || []).map(function (e) { return O.esc(e.message); }).join('<br>') + '</div>';
      root.removeAttribute('aria-busy');
      root.setAttribute('data-loaded', 'error');
    });
  }

  function empty(titleKey, bodyKey) {
    return '<div class="oc-empty"><strong>' + O.html(titleKey) + '</strong>' + O.html(bodyKey) + '</div>';
  }

  function render(root, dashboard, prefs) {
    var html = '<header class="oc-gadget-header"><h2 class="oc-h2">' + O.html('dashboard.title') + '</h2>' +
      '<span class="oc-subtle">' + O.html('dashboard.window', dashboard.weeks, O.date(dashboard.asOf)) + '</span>' +
      '<span class="oc-legend" aria-hidden="true"><span><i style="background:#0052cc"></i>' + O.html('legend.outcome') +
      '</span><span><i style="background:#8777d9"></i>' + O.html('legend.output') + '</span></span></header>';
    var groups = dashboard.challenges || [];
    var unassigned = dashboard.unassigned || [];
    if (!groups.length && !unassigned.length) {
      root.innerHTML = html + '<div class="oc-challenge">' + empty('empty.noOutcomes.title', 'empty.noOutcomes.body') + '</div>';
      return;
    }
    var rows = [];
    groups.forEach(function (group) {
      html += '<section class="oc-challenge" data-challenge-key="' + O.esc(group.issueKey) + '">' +
        '<div class="oc-challenge-header"><h3 class="oc-h2"><a class="oc-key" href="' + issueUrl(root, group.issueKey) + '">' +
        O.esc(group.issueKey) + '</a>' + O.esc(group.summary) + '</h3>' +
        '<span class="oc-okr" title="' + O.html('okr.hint') + '">' + O.html('okr.label') + '<strong>' +
        (group.okrScore === null || group.okrScore === undefined ? '\u2013' : group.okrScore.toFixed(2)) + '</strong></span></div>';
      if (!group.outcomes.length) {
        html += empty('empty.noOutcomesInChallenge.title', 'empty.noOutcomesInChallenge.body');
      }
      group.outcomes.forEach(function (outcome) {
        rows.push(outcome);
        html += outcomeRow(root, outcome, dashboard.weeks);
      });
      html += '</section>';
    });
    if (unassigned.length) {
      html += '<section class="oc-challenge oc-unassigned"><div class="oc-challenge-header"><h3 class="oc-h2">' +
        O.html('unassigned.title') + '</h3><span class="oc-subtle">' + O.html('unassigned.hint') + '</span></div>';
      unassigned.forEach(function (outcome) {
        rows.push(outcome);
        html += outcomeRow(root, outcome, dashboard.weeks);
      });
      html += '</section>';
    }
    root.innerHTML = html;
    rows.forEach(function (outcome) { drawOutcome(root, outcome); });
  }

  function issueUrl(root, key) {
    return O.esc((root.getAttribute('data-browse-url') || '/browse/') + encodeURIComponent(key));
  }

  function primary(outcome) {
    var metrics = outcome.metrics || [];
    for (var i = 0; i < metrics.length; i++) {
      if (metrics[i].kind === 'OUTCOME') {
        return metrics[i];
      }
    }
    return null;
  }

  function outcomeRow(root, outcome, weeks) {
    var main = primary(outcome);
    var others = (outcome.metrics || []).filter(function (m) { return m !== main; });
    var html = '<article class="oc-outcome" data-outcome-key="' + O.esc(outcome.issueKey) + '">' +
      '<header class="oc-outcome-header"><a class="oc-key" href="' + issueUrl(root, outcome.issueKey) + '">' +
      O.esc(outcome.issueKey) + '</a><span>' + O.esc(outcome.summary) + '</span></header>' +
      '<div class="oc-outcome-body"><div class="oc-outcome-side">' + metricBlock(main) + '</div>' +
      '<div class="oc-output-side">' + outputBlock(outcome.output, weeks) + '</div></div>';
    // stale is shown on the metric itself and a missing epic in the output column's empty state
    var signals = (outcome.signals || []).filter(function (s) { return s.code !== 'STALE' && s.code !== 'NO_EPICS'; })
      .sort(function (a, b) { return signalRank(a) - signalRank(b); });
    if (signals.length) {
      html += '<ul class="oc-signals">' + signals.map(function (s) {
        return '<li class="oc-alert oc-alert-warning oc-signal-' + O.esc(s.code) + '" data-signal="' + O.esc(s.code) + '">' +
          O.esc(s.message) + '</li>';
      }).join('') + '</ul>';
    }
    if (others.length) {
      html += '<div class="oc-indicators"><h4 class="oc-h3">' + O.html('indicators.title') + '</h4>' +
        others.map(indicatorRow).join('') + '</div>';
    }
    return html + '</article>';
  }

  /** Output celebrated while the outcome is flat is the headline; off-track notes follow. */
  function signalRank(signal) {
    return signal.code === 'OUTPUT_WITHOUT_OUTCOME' ? 0 : 1;
  }

  function metricBlock(metric) {
    if (!metric) {
      return empty('empty.noMetric.title', 'empty.noMetric.body');
    }
    var html = '<p class="oc-statement" data-metric-id="' + metric.id + '">' + O.esc(O.statement(metric)) + '</p>';
    if (metric.current === null || metric.current === undefined) {
      html += '<div class="oc-now">' + O.badge(metric.status) + '</div>' + O.staleAlert(metric) +
        '<div class="oc-empty oc-no-readings">' + O.html('empty.noReadings') + '</div>';
      return html;
    }
    html += '<div class="oc-now"><span class="oc-value" data-role="current">' + O.esc(O.number(metric.current, metric.unit)) + '</span>' +
      O.badge(metric.status) + '<span class="oc-subtle">' + O.html('measuredOn', O.date(metric.lastMeasuredAt)) + '</span></div>' +
      O.staleAlert(metric) + O.progressBar(metric.progress, metric.expected, metric.status);
    if (metric.forecast) {
      html += '<div class="oc-subtle">' + O.html(metric.forecast.reachesTarget ? 'forecast.reaches' : 'forecast.misses',
        O.number(metric.forecast.value, metric.unit)) + '</div>';
    }
    return html + '<div class="oc-chart"><canvas data-trend-for="' + metric.id + '" role="img" aria-label="' +
      O.html('chart.trendLabel', metric.name) + '"></canvas></div>';
  }

  function outputBlock(output, weeks) {
    output = output || { epics: [], doneInWindow: 0, doneByWeek: [] };
    if (!output.epics.length) {
      return '<h4 class="oc-h3">' + O.html('output.title') + '</h4>' + empty('empty.noEpics.title', 'empty.noEpics.body');
    }
    var html = '<h4 class="oc-h3">' + O.html('output.title') + '</h4><p class="oc-output-total"><strong data-role="done-in-window">' +
      output.doneInWindow + '</strong>' + O.html('output.doneInWindow', weeks) + '</p>' +
      '<div class="oc-chart oc-chart-small"><canvas data-output-chart role="img" aria-label="' + O.html('output.chartLabel', weeks) +
      '"></canvas></div><ul class="oc-epics">';
    output.epics.forEach(function (epic) {
      var share = epic.total ? Math.round(epic.done / epic.total * 100) : 0;
      html += '<li data-epic-key="' + O.esc(epic.key) + '"><span class="oc-epic-name"><span class="oc-key">' + O.esc(epic.key) +
        '</span>' + O.esc(epic.summary) + '</span><span data-role="epic-done">' + O.html('output.epicDone', epic.done, epic.total) + '</span>' +
        '<span class="oc-minibar" aria-hidden="true"><span style="width:' + share + '%"></span></span></li>';
    });
    return html + '</ul>';
  }

  function indicatorRow(metric) {
    var kind = metric.kind === 'LEADING' ? '' : '<span class="oc-indicator-kind">' + O.html('kind.' + metric.kind) + '</span>';
    return '<div class="oc-indicator" data-metric-id="' + metric.id + '"><span class="oc-indicator-name">' + kind +
      O.esc(O.statement(metric)) + '</span><span class="oc-indicator-value">' + O.esc(O.number(metric.current, metric.unit)) +
      '</span>' + O.badge(metric.status) + O.staleAlert(metric, true) +
      '<span class="oc-spark" data-spark-for="' + metric.id + '">' + O.sparkline([], metric) + '</span></div>';
  }

  /** Charts need the readings: fetched once the row is near the viewport, one request per metric. */
  function drawOutcome(root, outcome) {
    var article = root.querySelector('[data-outcome-key="' + cssKey(outcome.issueKey) + '"]');
    if (!article) {
      return;
    }
    var bars = article.querySelector('[data-output-chart]');
    if (bars && outcome.output) {
      O.outputChart(bars, outcome.output.doneByWeek || []);
    }
    O.whenVisible(article, function () {
      (outcome.metrics || []).forEach(function (metric) {
        if (metric.current === null || metric.current === undefined) {
          return; // no readings: nothing to draw, the empty state already says so
        }
        O.api(root, 'GET', '/metrics/' + metric.id + '/readings').then(function (readings) {
          var canvas = article.querySelector('[data-trend-for="' + metric.id + '"]');
          if (canvas) {
            O.trendChart(canvas, metric, readings);
          }
          var spark = article.querySelector('[data-spark-for="' + metric.id + '"]');
          if (spark) {
            spark.innerHTML = O.sparkline(readings, metric);
          }
        }, function () { /* the numbers are already on screen; a missing chart is not worth an alert */ });
      });
    });
  }

  function cssKey(key) {
    return window.CSS && window.CSS.escape ? window.CSS.escape(key) : key;
  }

  O.onReady(function () {
    Array.prototype.forEach.call(document.querySelectorAll('[data-outcomes-gadget]'), load);
  });
  O.loadGadget = load;
}(window, document));
