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

  /** Sends a file as it is (a CSV export, say), with the given content type; a FormData as multipart. */
  async function upload(url, file, contentType) {
    return send('POST', url, file, contentType);
  }

  let signingIn = null;

  /**
   * Asks the person to sign in again in a dialog over the page, which keeps everything typed; resolves once
   * signed in. Calls that meet the same ended session wait for the same dialog.
   */
  function signInAgain() {
    if (!signingIn) {
      signingIn = new Promise(resolve => {
        const problem = el('p', { class: 'problem', role: 'alert', hidden: true });
        const username = el('input', { name: 'username', autocomplete: 'username', required: true });
        const password = el('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true });
        const done = async () => {
          csrf = null;
          const me = await fetch('/api/me', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
          if (me.ok) {
            dialog.close();
            dialog.remove();
            signingIn = null;
            resolve();
            return true;
          }
          return false;
        };
        const form = el('form', { method: 'dialog', novalidate: true },
          el('h2', {}, t('Your session has ended')),
          el('p', {}, t('Sign in again to go on: what you typed on this page is kept and sent once you are signed in.')),
          problem,
          el('label', {}, t('User name'), username), el('label', {}, t('Password'), password),
          el('div', { class: 'actions' }, el('button', { type: 'submit', id: 'sign-in-again' }, t('Sign in and continue')),
            el('button', { type: 'button', class: 'secondary', onclick: async () => {
              if (!await done()) { problem.hidden = false; problem.textContent = t('You are not signed in yet.'); }
            } }, t('I signed in in another tab'))));
        form.addEventListener('submit', async ev => {
          ev.preventDefault();
          const fresh = await (await fetch('/api/csrf', { credentials: 'same-origin' })).json();
          await fetch('/login', { method: 'POST', credentials: 'same-origin', redirect: 'manual',
            headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams({ username: username.value, password: password.value, _csrf: fresh.token }) });
          if (!await done()) {
            problem.hidden = false;
            problem.textContent = t('The user name or password is not right.');
            password.value = '';
            password.focus();
          }
        });
        const dialog = el('dialog', { class: 'card', id: 'session-ended', 'aria-labelledby': 'session-ended-title' }, form);
        form.querySelector('h2').id = 'session-ended-title';
        document.body.append(dialog);
        dialog.showModal();
        username.focus();
      });
    }
    return signingIn;
  }

  /** Leaving the page asks first while {@code unsaved()} says something typed is not saved or sent. */
  function guard(unsaved) {
    window.addEventListener('beforeunload', e => {
      if (unsaved()) {
        e.preventDefault();
        e.returnValue = '';
      }
    });
  }

  async function send(method, url, body, contentType, retried) {
    const headers = { 'Accept': 'application/json, application/problem+json', 'Accept-Language': I18n.lang };
    if (method !== 'GET') {
      const t = await token();
      headers[t.headerName] = t.token;
    }
    if (body !== undefined && contentType) {
      headers['Content-Type'] = contentType; // a FormData body sets its own, with the multipart boundary
    }
    const r = await fetch(url, { method, headers, credentials: 'same-origin', body });
    if (r.status === 401 && !retried) {
      // the session ended while the page was open: sign in again here, then send what was typed
      await signInAgain();
      return send(method, url, body, contentType, true);
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
    container.append(el('div', { class: 'problem', role: 'alert', tabindex: '-1' }, error.message,
      unplaced.length ? el('ul', {}, unplaced.map(fe => el('li', {}, fe.field + ': ' + fe.message))) : null));
    // focus goes to the first field to correct (opened if it is in a closed section), or to the problem itself
    const first = form && form.querySelector('[aria-invalid="true"]');
    if (first) {
      const closed = first.closest('details:not([open])');
      if (closed) closed.open = true;
      first.focus();
    } else {
      container.querySelector('.problem').focus();
    }
  }

  async function me() {
    if (!currentUser) currentUser = await call('GET', '/api/me');
    return currentUser;
  }

  async function header() {
    const user = await me();
    const may = what => (user.may || []).includes(what);
    const logout = el('form', { method: 'post', action: '/logout' },
      el('input', { type: 'hidden', name: '_csrf', value: (await token()).token }),
      el('button', { class: 'secondary', type: 'submit' }, t('Sign out')));
    const skip = document.querySelector('a.skip');
    const place = node => (skip ? skip.after(node) : document.body.prepend(node));
    // on a phone the links, the account and the language fold into a menu the button opens (css: below 600 px)
    const toggle = el('button', { type: 'button', class: 'secondary menu-toggle', id: 'menu-toggle',
      'aria-expanded': 'false', 'aria-controls': 'menu' }, t('Menu'));
    const menu = el('div', { class: 'menu', id: 'menu' },
      el('nav', {}, el('a', { href: '/' }, t('Requests')),
        may('submit') ? el('a', { href: '/new.html' }, t('New request')) : null,
        may('manageReference') ? el('a', { href: '/admin.html' }, t('Meetings & entities')) : null,
        may('statistics') ? el('a', { href: '/statistics.html' }, t('Statistics')) : null),
      el('span', { class: 'muted' }, user.username + ' · ' + t('role.' + user.role)),
      I18n.switcher(), logout);
    toggle.addEventListener('click', () => {
      const open = menu.classList.toggle('open');
      toggle.setAttribute('aria-expanded', String(open));
    });
    place(el('header', {}, el('span', { class: 'brand' }, t('ITU TSB · Visa assistance')), toggle, menu));
    labelCells(document.querySelector('main') || document.body);
    return user;
  }

  /**
   * Each cell of a table named by its column's heading (data-label), so that on a phone, where a table's rows
   * are shown as cards (css), every value keeps its name; kept up to date as the pages draw their tables.
   */
  function labelCells(root) {
    const label = () => root.querySelectorAll('table').forEach(table => {
      const headings = [...table.querySelectorAll('thead th')].map(th => th.textContent.trim());
      if (!headings.length) return;
      table.classList.add('cards');
      table.querySelectorAll('tbody tr').forEach(tr => [...tr.children].forEach((td, i) => {
        if (headings[i] && td.getAttribute('data-label') !== headings[i]) td.setAttribute('data-label', headings[i]);
      }));
    });
    new MutationObserver(label).observe(root, { subtree: true, childList: true });
    label();
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

  return { call, upload, el, fill, status, date, day: I18n.day, t, showProblem, me, header, param, busy, guard, ApiError };
})();
