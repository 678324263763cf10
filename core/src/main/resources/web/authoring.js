/*
 * Authoring on the Outcome/Challenge panel (issue 14), for editors: define and edit a metric, correct a reading, import
 * a CSV, set RICE on the outcome's epics, compute a computed metric now (issue 16). The server renders every form (AUI
 * markup) already filled in, and renders none for viewers, each folded behind its button (opened and closed by web/issue-panel.js, the panel's one show/hide
 * pattern); this script only fills the correction form from the row, shows a metric form's fields for the chosen kind,
 * sends what was typed to the REST API (DESIGN §5) and shows the API's messages under the field they name. After a save the
 * page is reloaded so every number and the ranking are the server's; a one-line note of what was saved survives the
 * reload (sessionStorage) and is shown on top of the panel.
 */
(function (window, document) {
  'use strict';

  var O = window.Outcomes;
  var SAVED = 'outcomes.authoring.saved';

  function each(list, fn) {
    Array.prototype.forEach.call(list, fn);
  }

  /** "12.5" -> 12.5; anything else is sent as typed so the API names the field in its answer. */
  function numberOrText(trimmed) {
    var normalised = trimmed.replace(',', '.');
    return /^[-+]?\d*\.?\d+(e[-+]?\d+)?$/i.test(normalised) ? Number(normalised) : trimmed;
  }

  /**
   * One input's JSON value, as its data-type says: number, integer, id (a select of ids), or text (choice, date,
   * text). Empty is null; what does not read as its type is sent as typed, for the API to refuse by name.
   */
  function read(type, raw) {
    var trimmed = String(raw).trim();
    if (trimmed === '') {
      return null;
    }
    if (type === 'number') {
      return numberOrText(trimmed);
    }
    if (type === 'integer' || type === 'id') {
      return /^[-+]?\d+$/.test(trimmed) ? Number(trimmed) : numberOrText(trimmed);
    }
    return trimmed;
  }

  /**
   * A form's JSON body: every input carrying data-type, by name (a checkbox as true/false); inputs of a group hidden
   * for this kind send null. A dotted name ("computed.jql") is a field of the object its group's data-object names; a
   * hidden such group sends that object as null (DESIGN §5: "computed": null makes a metric measured by hand). So a
   * new field is one block in the template, named after its JSON field.
   */
  function body(form) {
    var result = {};
    each(form.querySelectorAll('[name][data-type]'), function (input) {
      var group = input.closest('[data-kinds]');
      var object = input.closest('[data-object]');
      var value;
      if (group && group.hidden) {
        value = null;
      } else if (input.type === 'checkbox') {
        value = input.checked;
      } else {
        value = read(input.getAttribute('data-type'), input.value);
      }
      if (object && object.hidden) {
        result[object.getAttribute('data-object')] = null;
      } else if (input.name.indexOf('.') > 0) {
        var path = input.name.split('.');
        var holder = result[path[0]] = result[path[0]] || {};
        holder[path[1]] = value;
      } else {
        result[input.name] = value;
      }
    });
    return result;
  }

  /** A metric form shows the fields of the chosen kind only (baseline/target, or threshold/comparator; parent). */
  function showKindFields(form) {
    var kind = form.elements.kind.value;
    each(form.querySelectorAll('[data-kinds]'), function (group) {
      group.hidden = group.getAttribute('data-kinds').split(' ').indexOf(kind) < 0;
    });
  }

  /** Keeps a note of what was saved for the page the reload shows. */
  function remember(panel, message) {
    try {
      window.sessionStorage.setItem(SAVED, JSON.stringify({ issueKey: panel.getAttribute('data-issue-key'), message: message }));
    } catch (e) { /* no storage: the page still shows the new state */ }
  }

  function showSaved(panel) {
    var saved = null;
    try {
      saved = JSON.parse(window.sessionStorage.getItem(SAVED));
      window.sessionStorage.removeItem(SAVED);
    } catch (e) {
      saved = null;
    }
    if (saved && saved.issueKey === panel.getAttribute('data-issue-key') && saved.message) {
      panel.insertAdjacentHTML('afterbegin', '<div class="aui-message aui-message-success" role="status" '
        + 'data-role="authoring-saved"><p>' + O.esc(saved.message) + '</p></div>');
    }
  }

  /**
   * Sends a form on submit: send(form) is the API call (a promise), saved(answer) the note shown after the reload.
   * On an error the API's messages go under their fields (showFailure) and nothing else changes.
   */
  function wireSubmit(panel, form, send, saved, showFailure) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var button = form.querySelector('button[type="submit"]');
      O.clearErrors(form);
      button.disabled = true;
      send(form).then(function (answer) {
        remember(panel, saved(answer));
        window.location.reload();
      }, function (failure) {
        button.disabled = false;
        (showFailure || showFieldErrors)(form, failure);
      });
    });
  }

  /** The API's messages under the fields they name (a message for no field of the form above the buttons). */
  function showFieldErrors(form, failure) {
    O.showErrors(form, failure);
    var invalid = form.querySelector('[aria-invalid="true"]');
    if (invalid) {
      invalid.focus();
    }
  }

  /** "Computed from JQL" shows or hides the query's fields (hidden, they send "computed": null). */
  function wireComputedToggle(form) {
    var toggle = form.querySelector('[data-role="computed-toggle"]');
    var fields = toggle && document.getElementById(toggle.getAttribute('aria-controls'));
    if (!fields) {
      return;
    }
    toggle.addEventListener('change', function () {
      fields.hidden = !toggle.checked;
    });
    fields.hidden = !toggle.checked;
  }

  function wireMetricForm(panel, form) {
    form.elements.kind.addEventListener('change', function () { showKindFields(form); });
    showKindFields(form);
    wireComputedToggle(form);
    var id = form.getAttribute('data-metric-id');
    wireSubmit(panel, form, function () {
      var definition = body(form);
      if (id) {
        return O.api(panel, 'PUT', '/metrics/' + id, definition);
      }
      definition.issueKey = panel.getAttribute('data-issue-key');
      return O.api(panel, 'POST', '/metrics', definition);
    }, function () {
      return id ? O.text('authoring.metricSaved') : O.text('authoring.metricDefined');
    });
  }

  /** A history row's "Correct" fills the card's correction form from that reading (web/issue-panel.js opens it). */
  function wireCorrectButton(button) {
    var form = document.getElementById(button.getAttribute('aria-controls'));
    if (!form) {
      return;
    }
    button.addEventListener('click', function () {
      O.clearErrors(form);
      form.elements.supersedes.value = button.getAttribute('data-reading-id');
      form.elements.value.value = button.getAttribute('data-value');
      form.elements.measuredAt.value = button.getAttribute('data-measured-at');
      form.elements.note.value = '';
      form.querySelector('[data-role="correcting"]').textContent =
        O.text('authoring.correcting', button.getAttribute('data-shown'));
    });
  }

  function wireCorrectForm(panel, form) {
    wireSubmit(panel, form, function () {
      return O.api(panel, 'POST', '/metrics/' + form.getAttribute('data-metric-id') + '/readings', body(form));
    }, function () {
      return O.text('authoring.corrected');
    });
  }

  /** The CSV's text: the chosen file's, else the pasted lines; null when there is neither. */
  function csvText(form) {
    var file = form.elements.file.files && form.elements.file.files[0];
    if (file) {
      return file.text();
    }
    var pasted = form.elements.csv.value;
    return Promise.resolve(pasted.trim() ? pasted : null);
  }

  /** "line 3.value" -> "Line 3, value: …"; "line 4" -> "Line 4: …"; any other message as it is. */
  function csvMessage(error) {
    var at = /^line (\d+)(?:\.(.+))?$/.exec(error.field || '');
    if (!at) {
      return error.message;
    }
    return at[2] ? O.text('authoring.csvCell', at[1], at[2], error.message) : O.text('authoring.csvLine', at[1], error.message);
  }

  /** Every message of the import's answer under the lines, one per bad line and cell. */
  function showCsvErrors(form, failure) {
    O.clearErrors(form);
    var slot = form.querySelector('[data-error-for="csv"]');
    slot.innerHTML = '<ul>' + (failure.errors || []).map(function (error) {
      return '<li>' + O.esc(csvMessage(error)) + '</li>';
    }).join('') + '</ul>';
    var input = form.elements.csv;
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', slot.id);
    input.focus();
  }

  function wireCsvForm(panel, form) {
    wireSubmit(panel, form, function () {
      return csvText(form).then(function (text) {
        if (text === null) {
          throw { status: 0, errors: [{ field: 'csv', message: O.text('authoring.csvMissing') }] };
        }
        return O.api(panel, 'POST', '/metrics/' + form.getAttribute('data-metric-id') + '/readings/import', text,
          'text/csv');
      });
    }, function (answer) {
      return O.text('authoring.imported', answer.imported);
    }, showCsvErrors);
  }

  function wireRiceForm(panel, form) {
    var epic = form.getAttribute('data-epic-key');
    wireSubmit(panel, form, function () {
      return O.api(panel, 'PUT', '/outcomes/' + encodeURIComponent(panel.getAttribute('data-issue-key')) + '/epics/'
        + encodeURIComponent(epic) + '/rice', body(form));
    }, function () {
      return O.text('authoring.riceSaved', epic);
    });
  }

  /**
   * "Compute now" on a computed metric: the API counts its JQL as the owner and records today's reading (DESIGN §5);
   * the page is then reloaded like after a save. A refusal (the parser's or counter's words, computed already today,
   * a closed outcome) is said beside the button and changes nothing.
   */
  function wireComputeButton(panel, holder) {
    var button = holder.querySelector('[data-role="compute-now"]');
    button.addEventListener('click', function () {
      O.clearErrors(holder);
      button.disabled = true;
      O.api(panel, 'POST', '/metrics/' + holder.getAttribute('data-metric-id') + '/compute').then(function (reading) {
        remember(panel, O.text('authoring.computed', O.number(reading.value)));
        window.location.reload();
      }, function (failure) {
        button.disabled = false;
        O.showErrors(holder, failure);
        button.focus();
      });
    });
  }

  function init(panel) {
    if (panel.getAttribute('data-authoring')) {
      return;
    }
    panel.setAttribute('data-authoring', 'wired');
    showSaved(panel);
    each(panel.querySelectorAll('form[data-role="metric-form"]'), function (form) { wireMetricForm(panel, form); });
    each(panel.querySelectorAll('[data-role="correct"]'), wireCorrectButton);
    each(panel.querySelectorAll('form[data-role="correct-form"]'), function (form) { wireCorrectForm(panel, form); });
    each(panel.querySelectorAll('form[data-role="csv-form"]'), function (form) { wireCsvForm(panel, form); });
    each(panel.querySelectorAll('form[data-role="rice-form"]'), function (form) { wireRiceForm(panel, form); });
    each(panel.querySelectorAll('[data-role="compute"]'), function (holder) { wireComputeButton(panel, holder); });
  }

  O.onReady(function () {
    each(document.querySelectorAll('[data-outcomes-panel]'), init);
  });
  O.initAuthoring = init;
}(window, document));
