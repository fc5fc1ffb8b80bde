'use strict';
(async () => {
  const { el, fill, call, upload, status, day, header, showProblem, busy, t } = App;
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
    if (!confirm(closing ? t('Close {code} to new requests? Administrations can no longer submit for it; the requests it has go on.', { code: m.code })
      : t('Reopen {code} to new requests?', { code: m.code }))) return;
    try {
      await busy(button, () => call('POST', '/api/meetings/' + encodeURIComponent(m.code) + (closing ? '/close' : '/reopen')));
      message.replaceChildren(el('div', { class: 'notice', role: 'status' }, t(closing ? '{code} is closed to new requests.' : '{code} takes requests again.', { code: m.code })));
      await refresh();
    } catch (e) {
      showProblem(message, e);
    }
  }

  /** New days move the open requests' deadlines; letters already issued show the former ones. */
  async function moveMeeting(button, m) {
    const first = prompt(t('First day of {code} (YYYY-MM-DD)', { code: m.code }), m.firstDay);
    if (first === null) return;
    const last = prompt(t('Last day of {code} (YYYY-MM-DD)', { code: m.code }), m.lastDay);
    if (last === null) return;
    try {
      await busy(button, () => call('PUT', '/api/meetings/' + encodeURIComponent(m.code), { title: m.title, titleFr: m.titleFr,
        venue: m.venue, venueFr: m.venueFr, firstDay: first, lastDay: last, requestDaysBefore: m.requestDaysBefore,
        eligibleCategories: m.eligibleCategories }));
      message.replaceChildren(el('div', { class: 'notice', role: 'status' }, t('{code} now runs {first} – {last}; the open requests\u2019 deadlines moved with it. Requests whose letters are issued say so in their history.',
        { code: m.code, first: day(first), last: day(last) })));
      await refresh();
    } catch (e) {
      showProblem(message, e);
    }
  }

  async function refresh() {
    const meetings = await call('GET', '/api/meetings');
    entities = await call('GET', '/api/entities');
    document.getElementById('meetings').replaceChildren(el('table', {},
      el('thead', {}, el('tr', {}, [t('Code'), t('Title'), t('Dates'), t('Last day for requests'), t('Eligible'), t('New requests')].map(h => el('th', {}, h)))),
      el('tbody', {}, meetings.map(m => el('tr', {}, el('td', {}, m.code), el('td', {}, m.title),
        el('td', {}, day(m.firstDay) + ' – ' + day(m.lastDay), ' ', el('button', { type: 'button', class: 'secondary', 'data-move': m.code,
          onclick: ev => moveMeeting(ev.target, m) }, t('Change days…'))),
        el('td', {}, day(m.lastDayForRequests)), el('td', {}, m.eligibleCategories.map(c => t('category.' + c)).join(', ')),
        el('td', {}, m.closedAt ? t('closed by {user}', { user: m.closedBy }) + ' ' : t('taken') + ' ',
          el('button', { type: 'button', class: m.closedAt ? 'secondary' : 'danger', 'data-close': m.code,
            onclick: ev => closeMeeting(ev.target, m) }, m.closedAt ? t('Reopen') : t('Close to new requests'))))))));
    document.getElementById('entities').replaceChildren(el('table', {},
      el('thead', {}, el('tr', {}, [t('Name'), t('Country'), t('Category'), t('Member')].map(h => el('th', {}, h)))),
      el('tbody', {}, entities.map(e => el('tr', {}, el('td', {}, e.name), el('td', {}, e.country), el('td', {}, t('category.' + e.category)),
        el('td', {}, (day(e.memberFrom) || '…') + ' – ' + (day(e.memberUntil) || '…')))))));
    const options = () => entities.map(e => el('option', { value: e.id }, e.name));
    document.getElementById('registration-entity').replaceChildren(...options());
    document.getElementById('user-entity').replaceChildren(el('option', { value: '' }, '—'), ...options());
    const select = document.getElementById('registration-meeting');
    const chosen = select.value;
    select.replaceChildren(...meetings.map(m => el('option', { value: m.code, selected: m.code === chosen }, m.code)));
    await registrations();
    await representations();
    await users();
  }

  /** The Swiss representations: where each is, and whether TSB knows where to send its letters. */
  async function representations() {
    const list = await call('GET', '/api/swiss-representations');
    document.getElementById('representations').replaceChildren(el('table', {},
      el('thead', {}, el('tr', {}, [t('Name'), t('City'), t('Country'), t('E-mail address of the visa section'), t('Status')]
        .map(h => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, list.map(r => el('tr', {}, el('td', {}, I18n.lang === 'fr' && r.nameFr ? r.nameFr : r.name),
        el('td', {}, I18n.lang === 'fr' && r.cityFr ? r.cityFr : r.city), el('td', {}, r.country),
        el('td', {}, r.email || el('span', { class: 'error' }, t('none: letters cannot be sent there'))),
        el('td', {}, r.active ? t('offered') : t('retired')))))));
  }

  let isAdmin = false;
  let me = null;

  /** The accounts, for admins: each can be disabled (it then cannot sign in) or enabled again. */
  async function users() {
    if (!isAdmin) return;
    const list = await call('GET', '/api/users');
    document.getElementById('user-list').replaceChildren(el('table', {},
      el('thead', {}, el('tr', {}, [t('User'), t('Role'), t('Entity'), t('E-mail'), t('Account'), t('Change')].map(h => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, list.map(u => el('tr', {}, el('td', {}, u.username), el('td', {}, t('role.' + u.role)),
        el('td', {}, u.entityId ? (entities.find(e => e.id === u.entityId) || {}).name : '—'), el('td', {}, u.email || '—'),
        el('td', {}, u.enabled ? t('enabled') : t('disabled: cannot sign in')),
        el('td', {}, u.username === me ? t('your account') : el('button', { type: 'button', class: 'secondary', onclick: async ev => {
          const action = t(u.enabled ? 'Disable {user}? They will no longer be able to sign in.' : 'Enable {user} again? They will be able to sign in.', { user: u.username });
          if (!confirm(action)) return;
          try {
            await busy(ev.target, () => call('PATCH', '/api/users/' + u.id, { enabled: !u.enabled }));
            message.replaceChildren(el('div', { class: 'notice', role: 'status' },
              t(u.enabled ? '{user} is disabled and can no longer sign in.' : '{user} is enabled again.', { user: u.username })));
            await users();
          } catch (e) { showProblem(message, e); }
        } }, t(u.enabled ? 'Disable {user}' : 'Enable {user}', { user: u.username }))))))));
  }

  /** What each registration status button does, said on the button and asked before acting. */
  const VERBS = { APPROVED: t('Approve'), REJECTED: t('Reject'), CANCELLED: t('Cancel') };
  const EFFECTS = {
    APPROVED: t('A request waiting for it goes on to the passport checks.'),
    REJECTED: t('The person will be removed from any request that names them.'),
    CANCELLED: t('The person will be removed from any request that names them.')
  };

  async function registrations() {
    const code = document.getElementById('registration-meeting').value;
    if (!code) return;
    const list = await call('GET', '/api/meetings/' + encodeURIComponent(code) + '/registrations');
    document.getElementById('registrations').replaceChildren(el('table', {},
      el('thead', {}, el('tr', {}, [t('Number'), t('Name'), t('Entity'), t('Status'), t('Change')].map(h => el('th', {}, h)))),
      el('tbody', {}, list.map(r => el('tr', {}, el('td', {}, r.confirmationNumber), el('td', {}, r.familyName + ', ' + r.givenNames),
        el('td', {}, (entities.find(e => e.id === r.entityId) || {}).name), el('td', {}, status(r.status)),
        el('td', {}, ['APPROVED', 'REJECTED', 'CANCELLED'].filter(s => s !== r.status).map(s =>
          el('button', { type: 'button', class: 'secondary', onclick: async ev => {
            if (!confirm(t('{verb} registration {number} ({name})?', { verb: VERBS[s], number: r.confirmationNumber, name: r.familyName }) + ' ' + EFFECTS[s])) return;
            try {
              await busy(ev.target, () => call('PUT', '/api/registrations/' + r.id + '/status', { status: s }));
              message.replaceChildren(el('div', { class: 'notice', role: 'status' }, t('Registration {number} is {status}; waiting requests were told.', { number: r.confirmationNumber, status: t('status.' + s) })));
              await registrations();
            } catch (e) { showProblem(message, e); }
          } }, VERBS[s] + ' ' + r.confirmationNumber))))))));
  }

  /** The report of an import, beside the file: what was stored, and each refused line with its errors. */
  function importReport(r) {
    return [
      el('p', { role: 'status' }, t('{created} created, {updated} updated, {unchanged} unchanged, {refused} refused', { created: r.created, updated: r.updated,
        unchanged: r.unchanged, refused: r.refused.length }) + (r.refused.length ? ' ' + t('(nothing of a refused line was stored):') : '.')),
      r.refused.length ? el('table', {},
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('Line')), el('th', { scope: 'col' }, t('What to correct')))),
        el('tbody', {}, r.refused.map(line => el('tr', {}, el('td', {}, line.line),
          el('td', {}, line.errors.map(e => t('column {column}: {message}', { column: e.field, message: e.message })).join('; ')))))) : null
    ];
  }

  document.getElementById('import-representations').addEventListener('submit', async ev => {
    ev.preventDefault();
    const report = document.getElementById('representations-report');
    const file = ev.target.elements.file.files[0];
    if (!file) {
      report.replaceChildren(el('p', { class: 'field-error' }, t('Choose the CSV file to import.')));
      return;
    }
    try {
      const r = await busy(ev.submitter, () => upload('/api/swiss-representations/import', file, 'text/csv'));
      fill(report, importReport(r));
      await representations();
    } catch (e) {
      report.replaceChildren();
      showProblem(message, e, ev.target);
    }
  });

  document.getElementById('import-registrations').addEventListener('submit', async ev => {
    ev.preventDefault();
    const report = document.getElementById('import-report');
    const file = ev.target.elements.file.files[0];
    if (!file) {
      report.replaceChildren(el('p', { class: 'field-error' }, t('Choose the CSV file to import.')));
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
    isAdmin = (user.may || []).includes('manageUsers');
    me = user.username;
    if (isAdmin) document.getElementById('users').hidden = false;
    document.getElementById('registration-meeting').addEventListener('change', registrations);
    onSubmit('new-meeting', '/api/meetings', t('Meeting added.'));
    onSubmit('new-entity', '/api/entities', t('Entity added.'));
    onSubmit('new-representation', '/api/swiss-representations', t('Representation added.'), b => ({ ...b, active: true }));
    onSubmit('new-registration', () => '/api/meetings/' + encodeURIComponent(document.getElementById('registration-meeting').value) + '/registrations',
      t('Registration added.'), b => ({ ...b, entityId: Number(b.entityId) }));
    onSubmit('new-user', '/api/users', t('User added.'), b => ({ ...b, entityId: b.entityId ? Number(b.entityId) : null }));
    await refresh();
  } catch (e) {
    showProblem(message, e);
  }
})();
