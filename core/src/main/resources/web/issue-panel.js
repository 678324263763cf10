/*
 * Outcome/Challenge issue panel: draws each metric's history chart (the table is server-rendered)
 * and wires the "record a value" form: POST /metrics/{id}/readings, field messages inline from the
 * API's error body, then a refresh so every computed number (status, progress, stale) is the server's; and the
 * "add a check-in" form the same way: POST /outcomes/{key}/checkins, then a refresh to the server's list and trend.
 * Every panel form (record, check-in, and web/authoring.js's define, edit, correct, import and RICE forms) stays
 * folded behind its button: the panel lives in Jira's narrow right-hand column. The button opens the form and moves
 * the focus into it; Escape or Cancel closes it and gives the focus back (wireDisclosure, the one show/hide pattern).
 * What was saved is said after the refresh in an AUI flag when the page has AJS.flag (Jira: aui-flag, declared by the
 * web resource; the preview: AUI's script), else in an AUI message at the top of the panel.
 */
(function (window, document) {
  'use strict';

  var O = window.Outcomes;

  /** The history chart: the plan from the canvas's data-chart (server-rendered), the readings from the API. */
  function drawHistory(panel, canvas) {
    var metric = O.chartData(canvas);
    var id = canvas.getAttribute('data-history-for');
    if (!metric) {
      return;
    }
    O.api(panel, 'GET', '/metrics/' + id + '/readings').then(function (readings) {
      O.trendChart(canvas, metric, readings);
    }, function () { /* the table below shows the same readings */ });
  }

  /** "12.5" -> 12.5; anything else is sent as typed so the API names the field in its answer. */
  function numberOrText(raw) {
    var trimmed = String(raw).trim().replace(',', '.');
    if (trimmed === '') {
      return null;
    }
    return /^[-+]?\d*\.?\d+(e[-+]?\d+)?$/i.test(trimmed) ? Number(trimmed) : raw;
  }

  /** The record form's body: the value as typed unless it is a number, and a correction names what it supersedes. */
  function readingBody(form) {
    var body = {
      value: numberOrText(form.elements.value.value),
      measuredAt: form.elements.measuredAt.value || null,
      note: form.elements.note && form.elements.note.value.trim() ? form.elements.note.value.trim() : null
    };
    if (form.elements.supersedes && form.elements.supersedes.value) {
      body.supersedes = Number(form.elements.supersedes.value);
    }
    return body;
  }

  /**
   * A panel form that posts its body to the API: field messages come inline from the API's error body (the first
   * invalid field takes the focus), then a reload shows the server's rendering of the new state.
   */
  function wirePostForm(panel, form, path, body, savedMessage, flashMessage) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var button = form.querySelector('button[type="submit"]');
      O.clearErrors(form);
      button.disabled = true;
      O.api(panel, 'POST', path(), body(form)).then(function () {
        if (savedMessage) {
          form.querySelector('.oc-form-message').innerHTML =
            '<div class="aui-message aui-message-success" role="status">' + O.html(savedMessage) + '</div>';
        }
        if (flashMessage) {
          remember(flashMessage);
        }
        window.location.reload();
      }, function (failure) {
        button.disabled = false;
        O.showErrors(form, failure);
        var invalid = form.querySelector('[aria-invalid="true"]');
        if (invalid) {
          invalid.focus();
        }
      });
    });
  }

  /** The "record a value" form: POST /metrics/{id}/readings. */
  function wireRecordForm(panel, form) {
    wirePostForm(panel, form, function () {
      return '/metrics/' + form.getAttribute('data-metric-id') + '/readings';
    }, readingBody, 'record.saved', 'record.recorded');
  }

  /**
   * A folded form's disclosure, the one show/hide pattern of the panel: every button naming the form in aria-controls
   * ("Record a value", "Edit metric", "Set RICE", a history row's "Correct") shows it, says so in aria-expanded and
   * moves the focus to its first field; its data-role="form-cancel" button or Escape hides it again, clears its
   * messages and gives the focus back to the button that opened it. A form with one such button takes that button's
   * place while open; a form several buttons open (one per history row) leaves them where they stand.
   */
  function wireDisclosure(form) {
    var openers = form.id ? document.querySelectorAll('[aria-controls="' + O.cssEscape(form.id) + '"]') : [];
    if (!openers.length) {
      return;
    }
    var single = openers.length === 1;
    var opener = openers[0];
    function expand(pressed) {
      Array.prototype.forEach.call(openers, function (button) {
        button.setAttribute('aria-expanded', String(button === pressed));
      });
    }
    function open(pressed) {
      opener = pressed;
      form.hidden = false;
      expand(pressed);
      opener.hidden = single;
      var first = form.querySelector('input:not([type="hidden"]), select, textarea');
      if (first) {
        first.focus();
      }
    }
    function close() {
      O.clearErrors(form);
      form.hidden = true;
      opener.hidden = false;
      expand(null);
      opener.focus();
    }
    Array.prototype.forEach.call(openers, function (button) {
      button.addEventListener('click', function () {
        open(button);
      });
    });
    var cancel = form.querySelector('[data-role="form-cancel"]');
    if (cancel) {
      cancel.addEventListener('click', close);
    }
    form.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' || event.key === 'Esc') {
        event.preventDefault();
        close();
      }
    });
  }

  /**
   * A link to a field of a folded form (My metrics' "Record a value": /browse/KEY#oc-value-ID) opens that form as its
   * button would, so one click lands in the field ready to type.
   */
  function openLinkedField(panel) {
    var id = window.location.hash.slice(1);
    var field = id && document.getElementById(id);
    var form = field && panel.contains(field) && field.form;
    if (!form || !form.hidden || !form.id) {
      return;
    }
    var opener = panel.querySelector('[aria-controls="' + O.cssEscape(form.id) + '"]');
    if (opener) {
      opener.click();
      field.focus();
      field.scrollIntoView({block: 'center'});
    }
  }

  var FLASH = 'outcomes.flash';

  /** Keeps what was saved for the page the reload brings (this tab only). */
  function remember(key) {
    try {
      window.sessionStorage.setItem(FLASH, key);
    } catch (e) { /* storage refused: the refreshed numbers say it anyway */ }
  }

  /** Says what the last save did, once, after the reload: an AUI flag where AJS.flag exists, else an AUI message. */
  function flash(panel) {
    var key = null;
    try {
      key = window.sessionStorage.getItem(FLASH);
      window.sessionStorage.removeItem(FLASH);
    } catch (e) {
      key = null;
    }
    if (!key) {
      return;
    }
    if (window.AJS && typeof window.AJS.flag === 'function') {
      window.AJS.flag({ type: 'success', body: O.html(key), close: 'auto' });
      return;
    }
    panel.insertAdjacentHTML('afterbegin',
      '<div class="aui-message aui-message-success" role="status" data-role="flash">' + O.html(key) + '</div>');
  }

  /** "7" -> 7; anything else (2.5, "seven") is sent as typed so the API names the field in its answer. */
  function wholeOrText(raw) {
    var trimmed = String(raw).trim();
    if (trimmed === '') {
      return null;
    }
    return /^[-+]?\d+$/.test(trimmed) ? Number(trimmed) : numberOrText(raw);
  }

  /**
   * A panel form that posts to /outcomes/{key}/{action}. Used by the check-in form and the lifecycle forms
   * (DESIGN §3b: "Close outcome" posts {result, learning, closedOn}, "Reopen" {}).
   */
  function wireOutcomeForm(panel, form, action, body, savedMessage, flashMessage) {
    wirePostForm(panel, form, function () {
      return '/outcomes/' + encodeURIComponent(panel.getAttribute('data-issue-key')) + '/' + action;
    }, body, savedMessage, flashMessage);
  }

  function checkInBody(form) {
    var comment = form.elements.comment.value.trim();
    return { confidence: wholeOrText(form.elements.confidence.value), comment: comment || null };
  }

  function closeBody(form) {
    var learning = form.elements.learning.value;
    return {
      result: form.elements.result.value,
      learning: learning.trim() ? learning : null,
      closedOn: form.elements.closedOn.value || null
    };
  }

  function init(panel) {
    if (panel.getAttribute('data-wired')) {
      return;
    }
    panel.setAttribute('data-wired', 'true');
    flash(panel);
    Array.prototype.forEach.call(panel.querySelectorAll('.oc-progress[data-progress]'), O.drawProgress);
    Array.prototype.forEach.call(panel.querySelectorAll('canvas[data-history-for]'), function (canvas) {
      drawHistory(panel, canvas);
    });
    Array.prototype.forEach.call(panel.querySelectorAll('form.oc-record-form'), function (form) {
      wireRecordForm(panel, form);
    });
    Array.prototype.forEach.call(panel.querySelectorAll('form[hidden]'), wireDisclosure);
    openLinkedField(panel);
    Array.prototype.forEach.call(panel.querySelectorAll('form.oc-checkin-form'), function (form) {
      wireOutcomeForm(panel, form, 'checkins', checkInBody, null, 'checkin.saved');
    });
    Array.prototype.forEach.call(panel.querySelectorAll('form.oc-close-form'), function (form) {
      wireOutcomeForm(panel, form, 'close', closeBody);
    });
    Array.prototype.forEach.call(panel.querySelectorAll('form.oc-reopen-form'), function (form) {
      wireOutcomeForm(panel, form, 'reopen', function () { return {}; });
    });
  }

  O.onReady(function () {
    Array.prototype.forEach.call(document.querySelectorAll('[data-outcomes-panel]'), init);
  });
  O.initPanel = init;
}(window, document));
