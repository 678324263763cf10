/*
 * "Outcomes vs Output" dashboard gadget. The server renders its content (GET /dashboard/view, core's
 * templates/dashboard.vm) into every element carrying data-outcomes-gadget; this script only inserts it and enhances
 * it: progress and epic bars and the charts, drawn from data attributes. Preferences come from the element's
 * data-project / data-challenge / data-weeks (Jira gadget preferences) and are overridden by the page URL's
 * ?project=&challenge=&weeks=. Readings for the charts are fetched lazily, per outcome, when it scrolls into view.
 */
(function (window, document) {
  'use strict';

  var O = window.Outcomes;
  var WEEKS = [4, 8, 12, 26];
  var FIRST_ROWS = 3; // rows put into the page at once, again until they reach below the viewport
  var ROWS_PER_SLICE = 8; // rows off screen enhanced per idle moment: a few milliseconds, so input gets its turn
  var IDLE_TIMEOUT_MS = 100; // a busy page still gets those rows soon
  var REST_AFTER_MS = 3000; // the rows off screen wait at most this long for the charts in view

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
      outcome: '',
      weeks: WEEKS.indexOf(weeks) >= 0 ? weeks : 12,
      asOf: url.get('asOf') || root.getAttribute('data-as-of') || '',
      includeClosed: url.get('includeClosed') === 'true' // closed outcomes, greyed, only when the page asks for them
    };
  }

  function load(root) {
    var prefs = preferences(root);
    root.setAttribute('aria-busy', 'true');
    if (!prefs.project && !prefs.challenge) {
      // nothing to ask the server yet: the gadget's own empty state
      root.innerHTML = '<div class="oc-empty"><strong>' + O.html('empty.noProject.title') + '</strong>' +
        O.html('empty.noProject.body') + '</div>';
      root.removeAttribute('aria-busy');
      return;
    }
    root.innerHTML = '<p class="oc-subtle" role="status">' + O.html('loading') + '</p>';
    var query = '?weeks=' + prefs.weeks +
      (prefs.project ? '&project=' + encodeURIComponent(prefs.project) : '') +
      (prefs.challenge ? '&challenge=' + encodeURIComponent(prefs.challenge) : '') +
      // an outcome's own page shows its row even when the outcome is closed (the dashboard leaves closed ones out)
      (prefs.outcome ? '&outcome=' + encodeURIComponent(prefs.outcome) + '&includeClosed=true' : '') +
      (prefs.asOf ? '&asOf=' + encodeURIComponent(prefs.asOf) : '') +
      (prefs.includeClosed ? '&includeClosed=true' : '');
    O.fragment(root, '/dashboard/view' + query).then(function (html) {
      var held = insert(root, html);
      mark('outcomes:fragment:inserted');
      enhance(root, held, function () {
        mark('outcomes:fragment:enhanced');
        root.removeAttribute('aria-busy');
        root.setAttribute('data-loaded', 'true');
      });
    }, function (failure) {
      root.innerHTML = '<div class="aui-message aui-message-error" role="alert">' +
        (failure.errors || []).map(function (e) { return O.esc(e.message); }).join('<br>') + '</div>';
      root.removeAttribute('aria-busy');
      root.setAttribute('data-loaded', 'error');
    });
  }

  /**
   * Puts the server's fragment (rendered and escaped there) into root, its outcome rows down to the bottom of the
   * viewport only: the rows below wait behind empty placeholders, so the browser, and any script that watches the page
   * for new elements (AUI does, in Jira too), handle a few rows instead of hundreds before the first charts (issue 18).
   * Returns the rows held back, each with its placeholder, in page order.
   */
  function insert(root, html) {
    // parsed off the page, so nothing is styled or observed yet (a detached element of this document parses faster
    // than a <template>, whose nodes must be adopted when they move in)
    var parsed = document.createElement('div');
    parsed.innerHTML = html;
    var held = Array.prototype.map.call(parsed.querySelectorAll('article.oc-outcome'), function (row) {
      var placeholder = document.createComment('');
      row.parentNode.replaceChild(placeholder, row);
      return { row: row, placeholder: placeholder };
    });
    root.innerHTML = '';
    while (parsed.firstChild) {
      root.appendChild(parsed.firstChild);
    }
    var next = 0;
    while (next < held.length) {
      var batch = held.slice(next, next += FIRST_ROWS);
      batch.forEach(restore);
      // rows after one that reaches below the viewport are below it too (one layout per batch, of a few rows)
      if (batch[batch.length - 1].row.getBoundingClientRect().bottom >= window.innerHeight) {
        break;
      }
    }
    return held.slice(next);
  }

  function restore(held) {
    held.placeholder.parentNode.replaceChild(held.row, held.placeholder);
  }

  /**
   * Everything the server could not draw: bars from their numbers, charts once their readings arrive. The outcomes in
   * the viewport go first and ask for their readings at once; the others, and the rows insert() held back, follow a
   * slice at a time when the page is idle, so the first charts never wait for rows nobody sees yet (issue 18). done
   * runs once every row is in the page and enhanced.
   */
  function enhance(root, held, done) {
    var paint = paintMarks();
    var articles = Array.prototype.slice.call(root.querySelectorAll('article.oc-outcome'));
    // every position read before anything is drawn: one layout, not one per outcome (off-screen rows are cheap to
    // lay out: outcomes.css skips their content)
    var inView = articles.map(function (article) {
      var box = article.getBoundingClientRect();
      return box.top < window.innerHeight && box.bottom > 0;
    });
    var later = [];
    articles.forEach(function (article, i) {
      if (inView[i]) {
        drawOutcome(article, paint, true);
        drawBars(article);
      } else {
        later.push({ row: article, placeholder: null });
      }
    });
    // the rest once the charts in view are drawn (or, should their readings never answer, after REST_AFTER_MS)
    var rest = once(function () {
      inIdleSlices(later.concat(held), function (item) {
        if (item.placeholder) {
          if (!root.contains(item.placeholder)) {
            return; // the gadget was loaded again meanwhile
          }
          restore(item);
        }
        drawOutcome(item.row, paint, false);
        drawBars(item.row);
      }, function () {
        if (articles.length && !root.contains(articles[0])) {
          return; // the gadget was loaded again meanwhile: that load says when it is done
        }
        drawBars(root); // any bar outside an outcome row
        done();
      });
    });
    paint.settle(rest); // the charts in view are all counted now
    window.setTimeout(rest, REST_AFTER_MS);
  }

  function once(fn) {
    var ran = false;
    return function () {
      if (!ran) {
        ran = true;
        fn();
      }
    };
  }

  /** Progress and epic bars from the numbers the server put in data attributes (drawing twice changes nothing). */
  function drawBars(container) {
    Array.prototype.forEach.call(container.querySelectorAll('.oc-progress[data-progress]'), O.drawProgress);
    Array.prototype.forEach.call(container.querySelectorAll('.oc-minibar [data-share]'), function (bar) {
      bar.style.width = (Math.max(0, Math.min(1, Number(bar.getAttribute('data-share')))) * 100).toFixed(1) + '%';
    });
  }

  /**
   * Runs each(item) for every item, ROWS_PER_SLICE of them whenever the browser is idle (never waiting more than
   * IDLE_TIMEOUT_MS for that), then done(). A fixed count, not the idle deadline: the work the rows cause after the
   * slice (AUI walks every element put into the page) is not in the deadline. Without requestIdleCallback (Safari),
   * a timer per slice.
   */
  function inIdleSlices(items, each, done) {
    var next = 0;
    function slice() {
      var end = Math.min(items.length, next + ROWS_PER_SLICE);
      while (next < end) {
        each(items[next++]);
      }
      if (next < items.length) {
        whenIdle(slice);
      } else {
        done();
      }
    }
    whenIdle(slice);
  }

  function whenIdle(fn) {
    if (window.requestIdleCallback) {
      window.requestIdleCallback(fn, { timeout: IDLE_TIMEOUT_MS });
    } else {
      window.setTimeout(fn, 0);
    }
  }

  /** A Performance API mark, once per page (the paint benchmark reads them). */
  function mark(name) {
    if (window.performance && window.performance.mark && !window.performance.getEntriesByName(name, 'mark').length) {
      window.performance.mark(name);
    }
  }

  /**
   * Performance API marks for the paint benchmark (issue 18): 'outcomes:chart:first' when the page's first chart is
   * drawn, 'outcomes:charts:visible' once every chart of the outcomes in the viewport when the page loaded is drawn.
   */
  function paintMarks() {
    var pending = 0;
    var settled = false;
    var then = null;
    function check() {
      if (settled && pending === 0) {
        mark('outcomes:charts:visible');
        if (then) {
          var fn = then;
          then = null;
          fn();
        }
      }
    }
    return {
      /** Counts the charts of an article in the viewport; returns the callback for each drawn chart. */
      expect: function (visible, charts) {
        pending += visible ? charts : 0;
        return function () {
          mark('outcomes:chart:first');
          if (visible) {
            pending--;
            check();
          }
        };
      },
      /** No more charts in the viewport to count: then() runs once the counted ones are drawn. */
      settle: function (next) { settled = true; then = next; check(); }
    };
  }

  /** Charts need the readings: fetched once the row is near the viewport, one request per metric with readings. */
  function drawOutcome(article, paint, inView) {
    var windowCanvas = article.querySelector('canvas[data-window-chart]');
    var windowData = O.chartData(windowCanvas);
    var main = windowData && windowData.metric && windowData.metric.hasReadings ? windowData.metric : null;
    var sparks = Array.prototype.filter.call(article.querySelectorAll('svg.oc-sparkline[data-chart]'), function (svg) {
      var metric = O.chartData(svg);
      return metric && metric.hasReadings;
    });
    var drawn = paint.expect(inView, (windowCanvas && windowData ? 1 : 0) + sparks.length);
    if (windowCanvas && windowData && !main) {
      // no readings to wait for: the output bars alone
      O.windowChart(windowCanvas, null, [], windowData.doneByWeek, windowData.windowStart, windowData.asOf);
      drawn();
    }
    if (!main && !sparks.length) {
      return;
    }
    function fetchAndDraw() {
      if (main) {
        readings(article, main.id, function (list) {
          O.windowChart(windowCanvas, main, list, windowData.doneByWeek, windowData.windowStart, windowData.asOf);
        }, drawn);
      }
      sparks.forEach(function (svg) {
        var metric = O.chartData(svg);
        readings(article, metric.id, function (list) { O.sparkline(svg, list, metric); }, drawn);
      });
    }
    // an outcome already in the viewport asks now: the observer's first callback would wait for the next frame
    if (inView) {
      fetchAndDraw();
    } else {
      O.whenVisible(article, fetchAndDraw);
    }
  }

  /** Fetches a metric's readings and draws them; done runs either way, so a failed chart never holds the paint mark. */
  function readings(root, metricId, draw, done) {
    O.api(root, 'GET', '/metrics/' + metricId + '/readings').then(function (list) {
      draw(list);
      done();
    }, function () { done(); /* the numbers are already on screen; a missing chart is not worth an alert */ });
  }

  O.onReady(function () {
    Array.prototype.forEach.call(document.querySelectorAll('[data-outcomes-gadget]'), load);
  });
  O.loadGadget = load;
}(window, document));
