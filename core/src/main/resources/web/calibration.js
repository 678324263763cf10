/*
 * RICE predicted vs observed: draws the scatter the server prepared (data-points on the canvas: impact on x, observed
 * progress change in points on y, each point's epic as its label). The numbers, ρ and the caveat are rendered by the
 * server; this script only draws. Needs Chart.js and outcomes-common.js.
 */
(function (window, document) {
  'use strict';
  var Outcomes = window.Outcomes;

  function draw(canvas) {
    if (canvas.getAttribute('data-drawn')) {
      return;
    }
    canvas.setAttribute('data-drawn', 'true');
    if (!window.Chart) {
      canvas.insertAdjacentHTML('afterend', '<p class="oc-subtle">' + Outcomes.html('chart.unavailable') + '</p>');
      return;
    }
    var points;
    try {
      points = JSON.parse(canvas.getAttribute('data-points') || '[]');
    } catch (e) {
      points = [];
    }
    var chart = new window.Chart(canvas, {
      type: 'scatter',
      data: { datasets: [{ data: points, backgroundColor: '#0052cc', pointRadius: 5, pointHoverRadius: 7 }] },
      options: {
        animation: false,
        maintainAspectRatio: false,
        plugins: {
          legend: { display: false },
          tooltip: { callbacks: { label: function (item) {
            var p = item.raw;
            return p.label + ': ' + Outcomes.number(p.x) + ' \u2192 ' + (p.y > 0 ? '+' : '') + Outcomes.number(p.y);
          } } }
        },
        scales: {
          x: { type: 'linear', grace: '10%', title: { display: true, text: Outcomes.text('calibration.x') } },
          y: { type: 'linear', grace: '10%', title: { display: true, text: Outcomes.text('calibration.y') } }
        }
      }
    });
    canvas.setAttribute('data-point-count', String(chart.data.datasets[0].data.length));
  }

  Outcomes.onReady(function () {
    var canvases = document.querySelectorAll('[data-outcomes-calibration] canvas[data-role="scatter"]');
    for (var i = 0; i < canvases.length; i++) {
      draw(canvases[i]);
    }
  });
}(window, document));
