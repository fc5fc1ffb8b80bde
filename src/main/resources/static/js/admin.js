'use strict';
(async () => {
  const { el, fill, call, upload, status, header, showProblem, busy } = App;
  const message = document.getElementById('message');
  let entities = [];

  function formValues(form) {
    const out = {};
    for (const input of form.elements) {
      if (!input.name) continue;
      if (input.multiple) out[input.name] = [...input.selectedOptions].map(o => o.value);
      else if (input.value !== '') out[input.name] = input.type === 'number' ? Number(input.value) : input.value;
    }
    return out;
  }

  function onSubmit(id, url, done, transform) {
    const form = document.getElementById(id);
    form.addEventListener('submit', async ev => {
      ev.preventDefault();
      try {
        const body = formValues(form);
        await busy(ev.submitter, () => call('POST', typeof url === 'function' ? url() : url, transform ? transform(body) : body));
        message.replaceChildren(el('div', { class: 'notice', role: 'status' }, done));
        form.querySelectorAll('.field-error').forEach(n => n.remove());
        form.querySelectorAll('[aria-invalid]').forEach(n => n.removeAttribute('aria-invalid'));
        form.reset();
        await refresh();
      } catch (e) {
        showProblem(message, e, form);
      }
    });
  }

  /** Closing stops new requests (those received before still come in); the requests the meeting has go on. */
  async function closeMeeting(button, m) {
    const closing = !m.closedAt;
    if (!confirm(closing ? 'Close ' + m.code + ' to new requests? Administrations can no longer submit for it; the requests it has go on.'
      : 'Reopen ' + m.code + ' to new requests?')) return;
    try {
      await busy(button, () => call('POST', '/api/meetings/' + encodeURIComponent(m.code) + (closing ? '/close' : '/reopen')));
      message.replaceChildren(el('div', { class: 'notice', role: 'status' }, m.code + (closing ? ' is closed to new requests.' : ' takes requests again.')));
      await refresh();
    } catch (e) {
      showProblem(message, e);
    }
  }

  /** New days move the open requests' deadlines; letters already issued show the former ones. */
  async function moveMeeting(button, m) {
    const first = prompt('First day of ' + m.code + ' (YYYY-MM-DD)', m.firstDay);
    if (first === null) return;
    const last = prompt('Last day of ' + m.code + ' (YYYY-MM-DD)', m.lastDay);
    if (last === null) return;
    try {
      await busy(button, () => call('PUT', '/api/meetings/' + encodeURIComponent(m.code), { title: m.title, titleFr: m.titleFr,
        venue: m.venue, venueFr: m.venueFr, firstDay: first, lastDay: last, requestDaysBefore: m.requestDaysBefore,
        eligibleCategories: m.eligibleCategories }));
      message.replaceChildren(el('div', { class: 'notice', role: 'status' }, m.code + ' now runs ' + first + ' – ' + last
        + '; the open requests\u2019 deadlines moved with it. Requests whose letters are issued say so in their history.'));
      await refresh();
    } catch (e) {
      showProblem(message, e);
    }
  }

  async function refresh() {
    const meetings = await call('GET', '/api/meetings');
    entities = await call('GET', '/api/entities');
    document.getElementById('meetings').replaceChildren(el('table', {},
      el('thead', {}, el('tr', {}, ['Code', 'Title', 'Dates', 'Last day for requests', 'Eligible', 'New requests'].map(h => el('th', {}, h)))),
      el('tbody', {}, meetings.map(m => el('tr', {}, el('td', {}, m.code), el('td', {}, m.title),
        el('td', {}, m.firstDay + ' – ' + m.lastDay, ' ', el('button', { type: 'button', class: 'secondary', 'data-move': m.code,
          onclick: ev => moveMeeting(ev.target, m) }, 'Change days…')),
        el('td', {}, m.lastDayForRequests), el('td', {}, m.eligibleCategories.join(', ')),
        el('td', {}, m.closedAt ? 'closed by ' + m.closedBy + ' ' : 'taken ',
          el('button', { type: 'button', class: m.closedAt ? 'secondary' : 'danger', 'data-close': m.code,
            onclick: ev => closeMeeting(ev.target, m) }, m.closedAt ? 'Reopen' : 'Close to new requests')))))));
    document.getElementById('entities').replaceChildren(el('table', {},
      el('thead', {}, el('tr', {}, ['Name', 'Country', 'Category', 'Member'].map(h => el('th', {}, h)))),
      el('tbody', {}, entities.map(e => el('tr', {}, el('td', {}, e.name), el('td', {}, e.country), el('td', {}, e.category),
        el('td', {}, (e.memberFrom || '…') + ' – ' + (e.memberUntil || '…')))))));
    const options = () => entities.map(e => el('option', { value: e.id }, e.name));
    document.getElementById('registration-entity').replaceChildren(...options());
    document.getElementById('user-entity').replaceChildren(el('option', { value: '' }, '—'), ...options());
    const select = document.getElementById('registration-meeting');
    const chosen = select.value;
    select.replaceChildren(...meetings.map(m => el('option', { value: m.code, selected: m.code === chosen }, m.code)));
    await registrations();
    await users();
  }

  let isAdmin = false;
  let me = null;

  /** The accounts, for admins: each can be disabled (it then cannot sign in) or enabled again. */
  async function users() {
    if (!isAdmin) return;
    const list = await call('GET', '/api/users');
    document.getElementById('user-list').replaceChildren(el('table', {},
      el('thead', {}, el('tr', {}, ['User', 'Role', 'Entity', 'E-mail', 'Account', 'Change'].map(h => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, list.map(u => el('tr', {}, el('td', {}, u.username), el('td', {}, u.role.replaceAll('_', ' ').toLowerCase()),
        el('td', {}, u.entityId ? (entities.find(e => e.id === u.entityId) || {}).name : '—'), el('td', {}, u.email || '—'),
        el('td', {}, u.enabled ? 'enabled' : 'disabled: cannot sign in'),
        el('td', {}, u.username === me ? 'your account' : el('button', { type: 'button', class: 'secondary', onclick: async ev => {
          const action = u.enabled ? 'Disable ' + u.username + '? They will no longer be able to sign in.'
            : 'Enable ' + u.username + ' again? They will be able to sign in.';
          if (!confirm(action)) return;
          try {
            await busy(ev.target, () => call('PATCH', '/api/users/' + u.id, { enabled: !u.enabled }));
            message.replaceChildren(el('div', { class: 'notice', role: 'status' },
              u.username + (u.enabled ? ' is disabled and can no longer sign in.' : ' is enabled again.')));
            await users();
          } catch (e) { showProblem(message, e); }
        } }, u.enabled ? 'Disable ' + u.username : 'Enable ' + u.username)))))));
  }

  /** What each registration status button does, said on the button and asked before acting. */
  const VERBS = { APPROVED: 'Approve', REJECTED: 'Reject', CANCELLED: 'Cancel' };
  const EFFECTS = {
    APPROVED: 'A request waiting for it goes on to the passport checks.',
    REJECTED: 'The person will be removed from any request that names them.',
    CANCELLED: 'The person will be removed from any request that names them.'
  };

  async function registrations() {
    const code = document.getElementById('registration-meeting').value;
    if (!code) return;
    const list = await call('GET', '/api/meetings/' + encodeURIComponent(code) + '/registrations');
    document.getElementById('registrations').replaceChildren(el('table', {},
      el('thead', {}, el('tr', {}, ['Number', 'Name', 'Entity', 'Status', 'Change'].map(h => el('th', {}, h)))),
      el('tbody', {}, list.map(r => el('tr', {}, el('td', {}, r.confirmationNumber), el('td', {}, r.familyName + ', ' + r.givenNames),
        el('td', {}, (entities.find(e => e.id === r.entityId) || {}).name), el('td', {}, status(r.status)),
        el('td', {}, ['APPROVED', 'REJECTED', 'CANCELLED'].filter(s => s !== r.status).map(s =>
          el('button', { type: 'button', class: 'secondary', onclick: async ev => {
            if (!confirm(VERBS[s] + ' registration ' + r.confirmationNumber + ' (' + r.familyName + ')? ' + EFFECTS[s])) return;
            try {
              await busy(ev.target, () => call('PUT', '/api/registrations/' + r.id + '/status', { status: s }));
              message.replaceChildren(el('div', { class: 'notice', role: 'status' }, 'Registration ' + r.confirmationNumber + ' is ' + s.toLowerCase() + '; waiting requests were told.'));
              await registrations();
            } catch (e) { showProblem(message, e); }
          } }, VERBS[s] + ' ' + r.confirmationNumber))))))));
  }

  /** The report of an import, beside the file: what was stored, and each refused line with its errors. */
  function importReport(r) {
    return [
      el('p', { role: 'status' }, r.created + ' created, ' + r.updated + ' updated, ' + r.unchanged + ' unchanged, '
        + r.refused.length + ' refused' + (r.refused.length ? ' (nothing of a refused line was stored):' : '.')),
      r.refused.length ? el('table', {},
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Line'), el('th', { scope: 'col' }, 'What to correct'))),
        el('tbody', {}, r.refused.map(line => el('tr', {}, el('td', {}, line.line),
          el('td', {}, line.errors.map(e => e.field + ': ' + e.message).join('; ')))))) : null
    ];
  }

  document.getElementById('import-registrations').addEventListener('submit', async ev => {
    ev.preventDefault();
    const report = document.getElementById('import-report');
    const file = ev.target.elements.file.files[0];
    if (!file) {
      report.replaceChildren(el('p', { class: 'field-error' }, 'Choose the CSV file to import.'));
      return;
    }
    const code = document.getElementById('registration-meeting').value;
    try {
      const r = await busy(ev.submitter, () => upload('/api/meetings/' + encodeURIComponent(code)
        + '/registrations/import', file, 'text/csv'));
      fill(report, importReport(r));
      await registrations();
    } catch (e) {
      report.replaceChildren();
      showProblem(message, e, ev.target);
    }
  });

  try {
    const user = await header();
    isAdmin = user.role === 'ADMIN';
    me = user.username;
    if (isAdmin) document.getElementById('users').hidden = false;
    document.getElementById('registration-meeting').addEventListener('change', registrations);
    onSubmit('new-meeting', '/api/meetings', 'Meeting added.');
    onSubmit('new-entity', '/api/entities', 'Entity added.');
    onSubmit('new-registration', () => '/api/meetings/' + encodeURIComponent(document.getElementById('registration-meeting').value) + '/registrations',
      'Registration added.', b => ({ ...b, entityId: Number(b.entityId) }));
    onSubmit('new-user', '/api/users', 'User added.', b => ({ ...b, entityId: b.entityId ? Number(b.entityId) : null }));
    await refresh();
  } catch (e) {
    showProblem(message, e);
  }
})();
