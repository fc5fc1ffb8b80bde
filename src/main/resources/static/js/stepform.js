// A step's Camunda Form (forms/, as deployed with the process: GET /api/forms/{step}) drawn by bpmn.io's
// form-js viewer. form-js 1.23 has no translation of its own: the schema's texts (labels, descriptions,
// option labels) are put in the page's language before it is imported, its validator's messages after, and
// the few words it writes itself (a list's buttons, a search box, the calendar) as it draws them. The server
// checks the same deployed form again; its field errors are shown on the fields form-js drew.
'use strict';

const StepForm = (() => {
  const { el, t } = App;
  const TEXTS = ['label', 'description', 'text', 'dateLabel', 'timeLabel'];
  const LOCALE = I18n.lang === 'fr' ? 'fr-FR' : 'en-GB';

  // form-js takes the format of the dates it shows and reads from the browser's own locale ('default'):
  // the page's language instead, so that a French page reads 31/01/1980 whatever the browser's settings
  const NativeDateTimeFormat = Intl.DateTimeFormat;
  function PageDateTimeFormat(locales, options) {
    return new NativeDateTimeFormat(locales === 'default' ? LOCALE : locales, options);
  }
  PageDateTimeFormat.prototype = NativeDateTimeFormat.prototype;
  PageDateTimeFormat.supportedLocalesOf = NativeDateTimeFormat.supportedLocalesOf.bind(NativeDateTimeFormat);
  Intl.DateTimeFormat = PageDateTimeFormat;

  /** The calendar's words (flatpickr's locale) in the page's language, from the browser's own names of days and months. */
  const CALENDAR = (() => {
    const names = (options, count, date) => Array.from({ length: count },
      (_, i) => new NativeDateTimeFormat(LOCALE, { ...options, timeZone: 'UTC' }).format(date(i)));
    const day = i => new Date(Date.UTC(2023, 0, 1 + i, 12)); // 1 January 2023 was a Sunday
    const month = i => new Date(Date.UTC(2023, i, 1, 12));
    return {
      weekdays: { shorthand: names({ weekday: 'short' }, 7, day), longhand: names({ weekday: 'long' }, 7, day) },
      months: { shorthand: names({ month: 'short' }, 12, month), longhand: names({ month: 'long' }, 12, month) },
      firstDayOfWeek: 1,
      ordinal: () => '',
      time_24hr: true,
      yearAriaLabel: t('Year'),
      monthAriaLabel: t('Month'),
      hourAriaLabel: t('Hour'),
      minuteAriaLabel: t('Minute'),
    };
  })();

  /**
   * A day typed in a date field, read strictly in the field's format (flatpickr's d/m/Y or m/d/Y): flatpickr's own
   * reading rolls 31/02/1985 into 3 March and takes 85 for a year. Returns { day } or { problem }, which names what was
   * read and why it is not a day, as the server says it of a spreadsheet's cell.
   */
  function strictDay(text, format) {
    const typed = String(text).trim();
    const order = [...format].filter(c => 'djmnYy'.includes(c));
    const parts = typed.split(/[^0-9]+/).filter(Boolean);
    const example = format.replace(/[dj]/, '31').replace(/[mn]/, '01').replace(/[Yy]/, '1980');
    if (parts.length !== 3 || order.length !== 3 || !/^[0-9]/.test(typed)) {
      return { problem: t('‘{typed}’ is not a day: write it as {example}.', { typed, example }) };
    }
    const v = {};
    order.forEach((token, i) => { v[token.toLowerCase() === 'y' ? 'year' : 'dj'.includes(token) ? 'day' : 'month'] = parts[i]; });
    if (v.year.length !== 4) {
      return { problem: t('‘{typed}’ has a year of {n} digit(s): write the year in full, as in {example}.', { typed, n: v.year.length, example }) };
    }
    const year = Number(v.year), month = Number(v.month), day = Number(v.day);
    if (month < 1 || month > 12) {
      return { problem: t('‘{typed}’ is not a day: there is no month {month}; write it as {example}.', { typed, month, example }) };
    }
    const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > length) {
      return { problem: t('‘{typed}’ is not a day: that month has {n} days.', { typed, n: length }) };
    }
    return { day: new Date(year, month - 1, day) };
  }

  /** Every date field of the container read strictly; what is not a day is kept by the input's id until it is typed again. */
  function strictDates(container, notADay, onProblem) {
    container.querySelectorAll('input').forEach(i => {
      const picker = i._flatpickr;
      if (!picker || picker.__strict) return;
      picker.__strict = true;
      picker.config.parseDate = (text, format) => {
        const read = strictDay(text, format);
        if (read.problem) {
          notADay.set(i.id, read.problem);
          // after flatpickr has emptied the field: form-js sees no change of value (it was empty), so no check of its own
          setTimeout(() => onProblem(i.id, read.problem), 0);
        } else {
          notADay.delete(i.id);
        }
        return read.day;
      };
      i.addEventListener('input', () => notADay.delete(i.id));
    });
  }

  /**
   * The list of messages at a field's place in form-js's errors (its id, then its indexes in lists), made if
   * missing: what is added to it shows on that field.
   */
  function errorsAt(errors, keys) {
    let node = errors;
    keys.slice(0, -1).forEach(k => { node = node[k] = node[k] || {}; });
    const end = keys[keys.length - 1];
    node[end] = node[end] || [];
    return node[end];
  }

  /** The schema with its texts in the reader's language (the forms' own words are English), rewritten by {@code adapt}. */
  function translated(schema, adapt) {
    const copy = JSON.parse(JSON.stringify(schema));
    const walk = components => (components || []).forEach(c => {
      TEXTS.forEach(k => { if (typeof c[k] === 'string' && c[k]) c[k] = t(c[k]); });
      (c.values || []).forEach(v => { if (typeof v.label === 'string') v.label = t(v.label); });
      if (c.validate && c.validate.patternErrorMessage) c.validate.patternErrorMessage = t(c.validate.patternErrorMessage);
      walk(c.components);
      if (c.type === 'dynamiclist' && c.isRepeating && c.path) {
        // each item headed by its number ("Person 2"), as the list's words name it
        c.components = [{ type: 'text', id: 'Heading_' + c.id, text: '## ' + t('item.' + c.path, { n: '{{i[1]}}' }) },
          ...(c.components || [])];
      }
      if (adapt) adapt(c);
    });
    walk(copy.components);
    return copy;
  }

  /** The repeating lists of a schema, in the order form-js draws them. */
  function lists(components, out = []) {
    (components || []).forEach(c => {
      if (c.type === 'dynamiclist' && c.isRepeating) out.push(c);
      lists(c.components, out);
    });
    return out;
  }

  /** form-js's validation messages, worded as ours ("Field is required." → "est obligatoire"). */
  function ourMessage(message) {
    const length = /^Field must have (maximum|minimum) length of (\d+)\.$/.exec(message);
    if (length && length[1] === 'maximum') return t('must be at most {n} characters', { n: length[2] });
    if (length) return t('must be at least {n} characters', { n: length[2] });
    return message === 'Field is required.' ? t('is required') : t(message);
  }

  /**
   * The words form-js writes itself, in the page's language as it draws them (and again when it redraws
   * them): a list's add and remove buttons, a search box, the calendar.
   */
  function ownWords(container, schema) {
    const paths = lists(schema.components).map(c => c.path);
    const pathOf = node => {
      const all = [...container.querySelectorAll('.fjs-form-field-dynamiclist')];
      const list = node.closest('.fjs-form-field-dynamiclist');
      return paths[Math.max(0, all.indexOf(list))] || paths[0];
    };
    const text = (node, from, to) => {
      [...node.childNodes].filter(n => n.nodeType === Node.TEXT_NODE && n.data.trim() === from)
        .forEach(n => { n.data = to; });
    };
    const attribute = (node, name, pattern, words) => {
      const m = pattern.exec(node.getAttribute(name) || '');
      if (m) node.setAttribute(name, words(m));
    };
    const apply = () => {
      container.querySelectorAll('.fjs-repeat-render-add').forEach(b => text(b, 'Add new', t('add.' + pathOf(b))));
      container.querySelectorAll('.fjs-repeat-render-collapse').forEach(b => {
        text(b, 'Collapse', t('Collapse'));
        [...b.childNodes].filter(n => n.nodeType === Node.TEXT_NODE).forEach(n => {
          const m = /^Expand all \((\d+)\)$/.exec(n.data.trim());
          if (m) n.data = t('Show all ({n})', { n: m[1] });
        });
      });
      container.querySelectorAll('.fjs-repeat-row-remove').forEach(b => attribute(b, 'aria-label', /^Remove list item (\d+)$/,
        m => t('removeItem.' + pathOf(b), { n: m[1] })));
      container.querySelectorAll('input[placeholder]').forEach(i => {
        attribute(i, 'placeholder', /^Search$/, () => t('Search'));
        attribute(i, 'placeholder', /^dd\/mm\/yyyy$/, () => t('dd/mm/yyyy'));
      });
      container.querySelectorAll('.fjs-select-placeholder').forEach(n => text(n, 'Select', t('Choose…')));
      container.querySelectorAll('.fjs-dropdownlist-empty').forEach(n => text(n, 'No results', t('No results')));
      container.querySelectorAll('input').forEach(i => {
        if (i._flatpickr && i._flatpickr.__pageWords !== I18n.lang) {
          i._flatpickr.__pageWords = I18n.lang;
          i._flatpickr.set('locale', CALENDAR);
        }
      });
    };
    let queued = false;
    new MutationObserver(() => {
      if (queued) return;
      queued = true;
      // after form-js's own effects (it makes the calendar once the field is in the page)
      setTimeout(() => { queued = false; apply(); }, 0);
    }).observe(container, { subtree: true, childList: true, characterData: true, attributes: true,
      attributeFilter: ['aria-label', 'placeholder'] });
    apply();
  }

  /** The values of the form's fields in {@code data}, shaped as the form's keys and paths say; an empty text is null. */
  function pick(components, data) {
    const out = {};
    const source = data || {};
    for (const c of components || []) {
      if (c.type === 'group' && !c.path) {
        Object.assign(out, pick(c.components, source));
      } else if (c.type === 'group') {
        out[c.path] = pick(c.components, source[c.path]);
      } else if (c.type === 'dynamiclist') {
        out[c.path] = (Array.isArray(source[c.path]) ? source[c.path] : []).map(item => pick(c.components, item));
      } else if (c.key && c.type !== 'button' && c.type !== 'text') {
        const v = source[c.key];
        out[c.key] = v === undefined || v === '' ? null : v;
      }
    }
    return out;
  }

  /**
   * The form-js field the API names by a path such as participants[0].passport.number: its id and its
   * indexes in the lists, or null when the path names none of this form's fields.
   */
  function locate(components, path) {
    const parts = path.match(/[^.[\]]+/g) || [];
    const visit = (list, at, indexes) => {
      for (const c of list || []) {
        if (c.type === 'group' || c.type === 'dynamiclist') {
          const own = c.path ? c.path.split('.') : [];
          if (!own.every((p, k) => parts[at + k] === p)) continue;
          let next = at + own.length;
          const inner = [...indexes];
          if (c.type === 'dynamiclist' && c.isRepeating) {
            if (!/^\d+$/.test(parts[next] || '')) continue;
            inner.push(Number(parts[next]));
            next += 1;
          }
          const found = visit(c.components, next, inner);
          if (found) return found;
        } else if (c.key && c.key === parts.slice(at).join('.')) {
          return { id: c.id, indexes };
        }
      }
      return null;
    };
    return visit(components, 0, []);
  }

  function count(errors) {
    if (Array.isArray(errors)) return errors.length && typeof errors[0] === 'string' ? 1 : errors.reduce((n, e) => n + count(e), 0);
    return errors && typeof errors === 'object' ? Object.values(errors).reduce((n, e) => n + count(e), 0) : 0;
  }

  /** Focus on the first field to correct, once form-js has drawn the errors (it renders on the next frame). */
  function focusFirst(container) {
    requestAnimationFrame(() => setTimeout(() => {
      const first = container.querySelector('[aria-invalid="true"], .fjs-has-errors input, .fjs-has-errors textarea');
      if (first) {
        const closed = first.closest('details:not([open])');
        if (closed) closed.open = true;
        first.focus();
      }
    }, 0));
  }

  /**
   * Draws the form in the container. Options:
   * - lists: the lists its selects name by valuesKey ({ countries: [{ value, label }] }),
   * - prefix: put before the API's paths of this form's fields, when the form is one part of a larger body,
   * - adapt(component): changes the translated schema before it is drawn (the browser's own rendering only),
   * - derive(before, now): the data once a change implies others (a representation picked: its city), or null,
   * - onChange(data): after each change of what is typed,
   * - onSubmit(data): once form-js's own checks pass; onInvalid(count) when they do not.
   * Returns { form, data(), load(data), validate(), showErrors(problem) }.
   */
  async function draw(container, schema, data, options = {}) {
    const { lists: given = {}, prefix = '', adapt, derive, onChange, onSubmit, onInvalid } = options;
    const drawn = translated(schema, adapt);
    container.replaceChildren();
    const form = new FormViewer.Form({ container });
    const validator = form.get('validator');
    const check = validator.validateFieldInstance.bind(validator);
    // a day that was typed but is not one: its field says so (it is empty now), rather than "required" or nothing
    const notADay = new Map();
    const domId = field => 'fjs-form-' + form._id + '-' + field.id + Object.values(field.indexes || {}).map(i => '_' + i).join('');
    validator.validateFieldInstance = (field, value) => {
      const typed = (value === null || value === undefined || value === '') && notADay.get(domId(field) + '-date');
      return typed ? [typed] : check(field, value).map(ourMessage);
    };
    // the field of a date input (its id is the field's, its indexes in lists after underscores, then -date)
    const showNotADay = (inputId, problem) => {
      const rest = inputId.replace('fjs-form-' + form._id + '-', '').replace(/-date$/, '');
      const field = form.get('formFieldRegistry').getAll().find(f => rest === f.id || new RegExp('^' + f.id + '(_\\d+)+$').test(rest));
      if (!field) return;
      const path = [field.id, ...rest.slice(field.id.length).split('_').filter(Boolean).map(Number)];
      const errors = JSON.parse(JSON.stringify(form._getState().errors || {}));
      errorsAt(errors, path).splice(0, Infinity, problem);
      form._setState({ errors });
    };
    new MutationObserver(() => strictDates(container, notADay, showNotADay)).observe(container, { subtree: true, childList: true });
    const current = () => pick(schema.components, form._getState().data);
    let last = null;
    const load = async values => {
      last = null;
      await form.importSchema(drawn, { ...given, ...(values || {}) });
      last = JSON.stringify(current());
    };
    form.on('changed', () => {
      if (last === null) return; // while importing
      const now = current();
      const before = JSON.parse(last);
      const derived = derive ? derive(before, now) : null;
      if (derived && JSON.stringify(derived) !== JSON.stringify(now)) {
        form._setState({ data: { ...form._getState().data, ...derived } });
        return;
      }
      const json = JSON.stringify(now);
      if (json !== last) {
        last = json;
        if (onChange) onChange(now);
      }
    });
    form.on('submit', event => {
      const n = count(event.errors);
      if (n) {
        focusFirst(container);
        if (onInvalid) onInvalid(n);
      } else if (onSubmit) {
        onSubmit(current());
      }
    });
    ownWords(container, schema);
    await load(data);

    /** The server's field errors shown on this form's fields; the others returned. */
    function showErrors(problem) {
      const errors = {};
      const others = [];
      ((problem && problem.errors) || []).forEach(e => {
        const at = e.field && e.field.startsWith(prefix) ? locate(schema.components, e.field.slice(prefix.length)) : null;
        if (!at) {
          others.push(e);
          return;
        }
        errorsAt(errors, [at.id, ...at.indexes]).push(e.message);
      });
      form._setState({ errors });
      if (others.length < ((problem && problem.errors) || []).length) focusFirst(container);
      return others;
    }

    return {
      form,
      data: current,
      load,
      validate: () => count(form.validate()),
      showErrors,
      clearErrors: () => form._setState({ errors: {} }),
    };
  }

  /**
   * A refusal of the server shown on the forms it concerns: each field error on its field (focus on the first),
   * the banner saying how many fields to correct and listing only what no field shows.
   */
  function refused(banner, problem, ...forms) {
    let others = (problem && problem.errors) || [];
    const total = others.length;
    forms.filter(Boolean).forEach(f => { others = f.showErrors({ errors: others }); });
    const placed = total - others.length;
    // the count in words when fields show what to correct (the server's sentence names the body's parts)
    banner.replaceChildren(el('div', { class: 'problem', role: 'alert', tabindex: '-1' },
      placed ? el('p', {}, t('{n} field(s) to correct, marked below.', { n: placed })) : el('p', {}, problem.message),
      others.length ? el('ul', {}, others.map(fe => el('li', {}, fe.field + ': ' + fe.message))) : null));
    if (!placed) banner.querySelector('.problem').focus();
    return placed;
  }

  /** What the banner says while form-js's own checks refuse what is typed: the fields show what is wrong. */
  function correctBelow(banner) {
    banner.replaceChildren(el('div', { class: 'problem', role: 'alert' }, t('Correct the fields marked below.')));
  }

  return { draw, refused, focusFirst, correctBelow };
})();
