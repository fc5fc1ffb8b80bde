// Shared by every page: calls to our API (with the CSRF token and the reader's language), the page header,
// small DOM helpers.
'use strict';

const App = (() => {
  const { t } = I18n;
  let csrf = null;
  let currentUser = null;

  class ApiError extends Error {
    constructor(status, problem) {
      super((problem && problem.detail) || ('HTTP ' + status));
      this.status = status;
      this.errors = (problem && problem.errors) || [];
    }
  }

  async function token() {
    if (!csrf) {
      const r = await fetch('/api/csrf', { credentials: 'same-origin' });
      csrf = await r.json();
    }
    return csrf;
  }

  async function call(method, url, body) {
    return send(method, url, body === undefined ? undefined : JSON.stringify(body), 'application/json');
  }

  /** Sends a file as it is (a CSV export, say), with the given content type. */
  async function upload(url, file, contentType) {
    return send('POST', url, file, contentType);
  }

  async function send(method, url, body, contentType) {
    const headers = { 'Accept': 'application/json, application/problem+json', 'Accept-Language': I18n.lang };
    if (method !== 'GET') {
      const t = await token();
      headers[t.headerName] = t.token;
    }
    if (body !== undefined) {
      headers['Content-Type'] = contentType;
    }
    const r = await fetch(url, { method, headers, credentials: 'same-origin', body });
    if (r.status === 401) {
      location.href = '/login.html?next=' + encodeURIComponent(location.pathname + location.search);
      throw new ApiError(401, { detail: t('Please sign in.') });
    }
    const type = r.headers.get('Content-Type') || '';
    const data = type.includes('json') ? await r.json() : null;
    if (!r.ok) {
      throw new ApiError(r.status, data);
    }
    return data;
  }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'class') node.className = v;
      else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children.flat()) {
      if (c === undefined || c === null || c === false) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  /** Replaces a node's children with the given items; arrays are flattened, null and false skipped. */
  function fill(node, ...items) {
    node.replaceChildren(...items.flat(Infinity).filter(x => x !== null && x !== undefined && x !== false));
  }

  function status(s) {
    return el('span', { class: 'status ' + s }, t('status.' + s));
  }

  function date(iso) {
    if (!iso) return '';
    return I18n.instant(iso) + ' ' + t('(Geneva)');
  }

  /** Shows a problem: its detail, and each field error next to its input when there is one. */
  function showProblem(container, error, form) {
    container.replaceChildren();
    if (form) {
      form.querySelectorAll('.field-error').forEach(n => n.remove());
      form.querySelectorAll('[aria-invalid]').forEach(n => n.removeAttribute('aria-invalid'));
    }
    const unplaced = [];
    for (const fe of (error.errors || [])) {
      const input = form && form.querySelector('[name="' + CSS.escape(fe.field) + '"]');
      if (input) {
        input.setAttribute('aria-invalid', 'true');
        input.closest('label').append(el('span', { class: 'field-error', role: 'alert' }, fe.message));
      } else {
        unplaced.push(fe);
      }
    }
    container.append(el('div', { class: 'problem', role: 'alert' }, error.message,
      unplaced.length ? el('ul', {}, unplaced.map(fe => el('li', {}, fe.field + ': ' + fe.message))) : null));
  }

  async function me() {
    if (!currentUser) currentUser = await call('GET', '/api/me');
    return currentUser;
  }

  async function header() {
    const user = await me();
    const staff = user.role === 'TSB_STAFF' || user.role === 'ADMIN';
    const logout = el('form', { method: 'post', action: '/logout' },
      el('input', { type: 'hidden', name: '_csrf', value: (await token()).token }),
      el('button', { class: 'secondary', type: 'submit' }, t('Sign out')));
    document.body.prepend(el('header', {},
      el('span', { class: 'brand' }, t('ITU TSB · Visa assistance')),
      el('nav', {}, el('a', { href: '/' }, t('Requests')),
        user.role === 'APPLICANT' || staff ? el('a', { href: '/new.html' }, t('New request')) : null,
        staff ? el('a', { href: '/admin.html' }, t('Meetings & entities')) : null,
        staff || user.role === 'AUDITOR' ? el('a', { href: '/statistics.html' }, t('Statistics')) : null),
      el('span', { class: 'muted' }, user.username + ' · ' + t('role.' + user.role)),
      I18n.switcher(), logout));
    return user;
  }

  function param(name) {
    return new URLSearchParams(location.search).get(name);
  }

  /** Disables a button while the work runs, so a double click cannot send twice. */
  async function busy(button, work) {
    button.disabled = true;
    try {
      return await work();
    } finally {
      button.disabled = false;
    }
  }

  I18n.translate(document.body);

  return { call, upload, el, fill, status, date, day: I18n.day, t, showProblem, me, header, param, busy, ApiError };
})();
