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
    var outcome = root.getAttribute('data-outcome') || '';
    if (outcome) {
      // an outcome's own page: the dashboard's row for that outcome, whatever the page's query says
      return { project: root.getAttribute('data-project') || '', challenge: '', outcome: outcome,
        weeks: Number(root.getAttribute('data-weeks') || 12), asOf: root.getAttribute('data-as-of') || '' };
    }
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
    if (prefs.outcome) {
      renderOne(root, dashboard, prefs.outcome);
      return;
    }
    var html = '<header class="oc-gadget-header"><h2 class="oc-h2">' + O.html('dashboard.title') + '</h2>' +
      '<span class="oc-subtle" data-role="window">' + O.html('dashboard.window', dashboard.weeks,
        O.date(dashboard.windowStart), O.date(dashboard.asOf)) + '</span>' +
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
        (group.okrScore === null || group.okrScore === undefined ? '\u2013' : group.okrScore.toFixed(2)) + '</strong></span></div>' +
        kpis(group.metrics || []);
      if (!group.outcomes.length) {
        html += empty('empty.noOutcomesInChallenge.title', 'empty.noOutcomesInChallenge.body');
      }
      group.outcomes.forEach(function (outcome) {
        rows.push(outcome);
        html += outcomeRow(root, outcome, dashboard);
      });
      html += '</section>';
    });
    if (unassigned.length) {
      html += '<section class="oc-challenge oc-unassigned"><div class="oc-challenge-header"><h3 class="oc-h2">' +
        O.html('unassigned.title') + '</h3><span class="oc-subtle">' + O.html('unassigned.hint') + '</span></div>';
      unassigned.forEach(function (outcome) {
        rows.push(outcome);
        html += outcomeRow(root, outcome, dashboard);
      });
      html += '</section>';
    }
    root.innerHTML = html;
    rows.forEach(function (outcome) { drawOutcome(root, outcome, dashboard); });
  }

  /** One outcome's row, as the dashboard shows it, for the outcome's own page (output story, signals, one axis). */
  function renderOne(root, dashboard, key) {
    var all = (dashboard.unassigned || []).slice();
    (dashboard.challenges || []).forEach(function (g) { all = all.concat(g.outcomes); });
    var outcome = all.filter(function (o) { return o.issueKey === key; })[0];
    if (!outcome) {
      root.innerHTML = empty('empty.noOutcomes.title', 'empty.noOutcomes.body');
      return;
    }
    root.innerHTML = '<p class="oc-subtle" data-role="window">' + O.html('dashboard.window', dashboard.weeks,
      O.date(dashboard.windowStart), O.date(dashboard.asOf)) + '</p>' + outcomeRow(root, outcome, dashboard);
    drawOutcome(root, outcome, dashboard);
  }

  /** The challenge's own numbers (its KPIs): what an executive reads first, above the outcomes meant to move them. */
  function kpis(metrics) {
    if (!metrics.length) {
      return '';
    }
    return '<div class="oc-kpis" data-role="kpis">' + metrics.map(function (m) {
      return '<div class="oc-kpi" data-metric-id="' + m.id + '"><span class="oc-indicator-kind">' + O.html('kind.' + m.kind) +
        '</span><span class="oc-kpi-name">' + O.esc(m.name) + '</span><strong class="oc-value">' + O.esc(O.number(m.current, m.unit)) +
        '</strong>' + O.badge(m.status) + '<span class="oc-subtle">' + O.esc(O.statement(m)) + '</span>' + O.staleAlert(m, true) + '</div>';
    }).join('') + '</div>';
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

  function outcomeRow(root, outcome, dashboard) {
    var weeks = dashboard.weeks;
    var main = primary(outcome);
    var short = (outcome.signals || []).filter(function (s) { return s.code === 'FORECAST_SHORT'; })[0];
    var others = (outcome.metrics || []).filter(function (m) { return m !== main; });
    var html = '<article class="oc-outcome" data-outcome-key="' + O.esc(outcome.issueKey) + '">' +
      '<header class="oc-outcome-header"><a class="oc-key" href="' + issueUrl(root, outcome.issueKey) + '">' +
      O.esc(outcome.issueKey) + '</a><span>' + O.esc(outcome.summary) + '</span></header>' +
      '<div class="oc-outcome-body"><div class="oc-outcome-side">' + metricBlock(main, short) + '</div>' +
      '<div class="oc-output-side">' + outputBlock(root, outcome.output, weeks) + '</div></div>' +
      windowBlock(main, outcome.output, dashboard);
    // stale is shown on the metric itself, a missing epic in the output column's empty state, and a short forecast
    // as part of the metric's one reading
    var signals = (outcome.signals || []).filter(function (s) {
      return s.code !== 'STALE' && s.code !== 'NO_EPICS' && s.code !== 'FORECAST_SHORT';
    })
      .sort(function (a, b) { return signalRank(a) - signalRank(b); });
    if (signals.length) {
      html += '<ul class="oc-signals">' + signals.map(function (s) {
        return '<li class="oc-alert oc-alert-warning oc-signal-' + O.esc(s.code) + '" data-signal="' + O.esc(s.code) + '">' +
          O.esc(s.message) + '</li>';
      }).join('') + '</ul>';
    }
    if ((outcome.notes || []).length) {
      html += '<ul class="oc-notes">' + outcome.notes.map(function (n) {
        return '<li class="oc-subtle" data-note="' + O.esc(n.code) + '">' + O.esc(n.message) + '</li>';
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

  /** Output and outcome on one time axis across the whole window (drawn once the readings are fetched). */
  function windowBlock(metric, output, dashboard) {
    if (!output || !output.doneByWeek || !dashboard.windowStart) {
      return '';
    }
    var label = metric ? O.html('chart.windowLabel', metric.name, dashboard.weeks) : O.html('output.chartLabel', dashboard.weeks);
    return '<div class="oc-chart oc-window-chart"><canvas data-window-chart role="img" aria-label="' + label + '"></canvas></div>';
  }

  function metricBlock(metric, short) {
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
    if (short) {
      // status and forecast as one reading an executive can act on, rather than two lines that seem to disagree
      html += '<div class="oc-alert oc-alert-warning" data-signal="FORECAST_SHORT" data-role="forecast">' + O.esc(short.message) + '</div>';
    } else if (metric.forecast) {
      html += '<div class="oc-subtle" data-role="forecast">' + O.html(metric.forecast.reachesTarget ? 'forecast.reaches' : 'forecast.misses',
        O.number(metric.forecast.value, metric.unit)) + '</div>';
    }
    return html + '<div class="oc-subtle" data-role="cadence">' + O.esc(metric.dueDate
      ? O.plural('cadence.due', metric.cadenceDays, O.date(metric.dueDate)) : O.plural('cadence', metric.cadenceDays)) +
      (metric.source ? ' \u00b7 ' + O.html('source', metric.source) : '') + '</div>';
  }

  function outputBlock(root, output, weeks) {
    output = output || { epics: [], doneInWindow: 0, doneByWeek: [] };
    if (!output.epics.length) {
      return '<h4 class="oc-h3">' + O.html('output.title') + '</h4>' + empty('empty.noEpics.title', 'empty.noEpics.body');
    }
    var html = '<h4 class="oc-h3">' + O.html('output.title') + '</h4><p class="oc-output-total"><strong data-role="done-in-window">' +
      output.doneInWindow + '</strong>' + O.esc(O.plural('output.doneInWindow', output.doneInWindow, weeks)) + '</p><ul class="oc-epics">';
    output.epics.forEach(function (epic) {
      var share = epic.total ? Math.round(epic.done / epic.total * 100) : 0;
      html += '<li data-epic-key="' + O.esc(epic.key) + '"><span class="oc-epic-name"><a class="oc-key" href="' + issueUrl(root, epic.key) +
        '">' + O.esc(epic.key) + '</a>' + O.esc(epic.summary) + '</span><span data-role="epic-done">' + O.html('output.epicDone', epic.done, epic.total) + '</span>' +
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
  function drawOutcome(root, outcome, dashboard) {
    var article = root.querySelector('[data-outcome-key="' + cssKey(outcome.issueKey) + '"]');
    if (!article) {
      return;
    }
    var main = primary(outcome);
    var windowCanvas = article.querySelector('[data-window-chart]');
    if (windowCanvas && (!main || main.current === null || main.current === undefined)) {
      O.windowChart(windowCanvas, null, [], outcome.output.doneByWeek, dashboard.windowStart, dashboard.asOf);
      windowCanvas = null;
    }
    O.whenVisible(article, function () {
      (outcome.metrics || []).forEach(function (metric) {
        if (metric.current === null || metric.current === undefined) {
          return; // no readings: nothing to draw, the empty state already says so
        }
        O.api(root, 'GET', '/metrics/' + metric.id + '/readings').then(function (readings) {
          if (metric === main && windowCanvas) {
            O.windowChart(windowCanvas, metric, readings, outcome.output.doneByWeek, dashboard.windowStart, dashboard.asOf);
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
