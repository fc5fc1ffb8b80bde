// Renders the Camunda Forms of forms/ (as deployed with the process, from /api/forms/{step}) and reads what
// was typed back as the API's body. Inputs are named by the API's field paths (participants[0].passport.number)
// so that the server's field errors land beside them. Texts go through t(): the forms are written in English.
// What each field must be is checked by the server against the same form; nothing is checked here.
'use strict';

const Forms = (() => {
  const { el, t } = App;
  const INPUTS = new Set(['textfield', 'textarea', 'number', 'datetime', 'select', 'radio', 'checkbox']);

  const get = (data, path) => path.split('.').reduce((o, k) => (o == null ? undefined : o[k]), data);

  function set(target, path, value) {
    const parts = path.split('.');
    let o = target;
    parts.slice(0, -1).forEach(p => { o = o[p] = o[p] || {}; });
    o[parts[parts.length - 1]] = value;
  }

  function label(c) {
    return t(c.label || c.dateLabel || c.key || '');
  }

  function input(c, name, value, options) {
    const v = value === undefined || value === null ? (c.defaultValue ?? '') : value;
    const required = !!(c.validate && c.validate.required);
    const common = { name, 'aria-required': required ? 'true' : undefined, 'data-type': c.type };
    switch (c.type) {
      case 'textarea':
        return el('textarea', { ...common, rows: 3 }, v);
      case 'number':
        return el('input', { ...common, type: 'number', value: v });
      case 'datetime':
        return el('input', { ...common, type: c.subtype === 'datetime' ? 'datetime-local' : 'date', value: v });
      case 'checkbox': {
        const box = el('input', { ...common, type: 'checkbox' });
        box.checked = v === true;
        return box;
      }
      case 'select': {
        const choices = c.values ? c.values.map(o => ({ value: o.value, label: t(o.label) })) : (options[c.valuesKey] || []);
        return el('select', common, el('option', { value: '' }, required ? t('Choose…') : '—'),
          choices.map(o => el('option', { value: o.value, selected: String(o.value) === String(v) }, o.label)));
      }
      default:
        return el('input', { ...common, type: 'text', value: v,
          maxlength: c.validate && c.validate.maxLength ? c.validate.maxLength : undefined });
    }
  }

  /** The components, bound under {@code prefix} ("participants[0]."), filled from {@code data}. */
  function components(list, prefix, data, options, extra) {
    return list.map(c => {
      if (c.type === 'text') return el('p', { class: 'muted form-text' }, t(c.text));
      if (c.type === 'button') {
        return el('div', { class: 'actions' }, el('button', { type: c.action === 'reset' ? 'reset' : 'submit', 'data-form-button': c.id }, t(c.label)));
      }
      if (c.type === 'group') {
        const inner = c.path ? get(data, c.path) : data;
        return el('fieldset', { class: 'form-group' }, c.label ? el('legend', {}, t(c.label)) : null,
          el('div', { class: 'grid' }, components(c.components || [], prefix + (c.path ? c.path + '.' : ''), inner || {}, options, extra)));
      }
      if (c.type === 'dynamiclist') return list_(c, prefix, data, options, extra);
      if (c.type === 'radio') {
        const value = get(data, c.key) ?? c.defaultValue;
        return el('fieldset', { class: 'form-radio' }, el('legend', {}, label(c)),
          (c.values || []).map(o => el('label', { class: 'inline' },
            el('input', { type: 'radio', name: prefix + c.key, value: o.value, checked: o.value === value, 'data-type': 'radio' }), ' ' + t(o.label))));
      }
      if (!INPUTS.has(c.type) || !c.key) return null;
      const field = input(c, prefix + c.key, get(data, c.key), options);
      if (extra && extra[c.key]) extra[c.key](field);
      return el('label', { class: c.type === 'checkbox' ? 'inline' : undefined }, label(c), field,
        c.description ? el('span', { class: 'muted' }, t(c.description)) : null);
    });
  }

  /** A list of items (the persons of a request): each item numbered, added and removed, names kept in order. */
  function list_(c, prefix, data, options, extra) {
    const path = prefix + c.path;
    const items = el('div', { class: 'form-list', 'data-path': path });
    const renumber = () => [...items.children].forEach((item, i) => {
      item.querySelector('legend').textContent = t('item.' + c.path, { n: i + 1 });
      const remove = item.querySelector('[data-remove]');
      if (remove) remove.textContent = t('removeItem.' + c.path, { n: i + 1 });
      item.querySelectorAll('[name]').forEach(n => {
        n.name = n.name.replace(new RegExp('^' + path.replace(/[[\].]/g, '\\$&') + '\\[\\d+\\]'), path + '[' + i + ']');
      });
    });
    const add = values => {
      const i = items.children.length;
      const item = el('fieldset', { class: 'form-item' }, el('legend', {}, ''),
        el('div', { class: 'grid' }, components(c.components || [], path + '[' + i + '].', values || {}, options, extra)),
        c.allowAddRemove ? el('div', { class: 'actions' }, el('button', { type: 'button', class: 'secondary', 'data-remove': '',
          onclick: () => {
            if (items.children.length > 1) { item.remove(); renumber(); }
          } }, t('remove.' + c.path))) : null);
      items.append(item);
      renumber();
      return item;
    };
    const given = get(data, c.path);
    (Array.isArray(given) && given.length ? given : Array.from({ length: c.defaultRepetitions || 1 }, () => ({}))).forEach(add);
    const box = el('section', { class: 'form-dynamiclist' }, c.label ? el('h2', {}, t(c.label)) : null, items,
      c.allowAddRemove ? el('div', { class: 'actions' }, el('button', { type: 'button', class: 'secondary', 'data-add': c.path,
        onclick: () => add({}).querySelector('[name]').focus() }, t('add.' + c.path))) : null);
    box.add = add;
    return box;
  }

  /**
   * The form as elements. {@code options}: the lists its selects name by valuesKey ([{value, label}]);
   * {@code extra}: a function per key, called with its input (to listen to it); {@code prefix}: put before
   * every input's name, when the form is one part of a larger body ("participants[1].details.").
   */
  function render(schema, data, options, extra, prefix) {
    return el('div', { class: 'camunda-form', 'data-form': schema.id },
      components(schema.components, prefix || '', data || {}, options || {}, extra));
  }

  function value(node) {
    if (!node) return null;
    if (node.type === 'checkbox') return node.checked;
    const v = node.value;
    if (v === '' || v === undefined) return null;
    if (node.dataset.type === 'number') return Number(v);
    return v;
  }

  /** What was typed, shaped as the form's keys say: groups as objects, lists as arrays. */
  function read(root, schema, prefix) {
    const out = {};
    const walk = (list, prefix, target) => {
      for (const c of list) {
        if (c.type === 'group') {
          const inner = c.path ? {} : target;
          walk(c.components || [], prefix + (c.path ? c.path + '.' : ''), inner);
          if (c.path) set(target, c.path, inner);
        } else if (c.type === 'dynamiclist') {
          const items = root.querySelector('[data-path="' + CSS.escape(prefix + c.path) + '"]');
          set(target, c.path, [...(items ? items.children : [])].map((item, i) => {
            const o = {};
            walk(c.components || [], prefix + c.path + '[' + i + '].', o);
            return o;
          }));
        } else if (c.type === 'radio' && c.key) {
          const checked = root.querySelector('[name="' + CSS.escape(prefix + c.key) + '"]:checked');
          set(target, c.key, checked && checked.value ? checked.value : null);
        } else if (INPUTS.has(c.type) && c.key) {
          set(target, c.key, value(root.querySelector('[name="' + CSS.escape(prefix + c.key) + '"]')));
        }
      }
    };
    walk(schema.components, prefix || '', out);
    return out;
  }

  /** The step's form, as deployed. */
  function load(step) {
    return App.call('GET', '/api/forms/' + step);
  }

  return { render, read, load };
})();
