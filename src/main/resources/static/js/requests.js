'use strict';
(async () => {
  const { el, call, status, date, header, showProblem, t } = App;
  const STATUSES = ['SUBMITTED', 'AWAITING_REGISTRATION', 'CHANGES_REQUESTED', 'UNDER_REVIEW', 'APPROVED', 'LETTER_ISSUED',
    'REJECTED', 'WITHDRAWN', 'EXPIRED'];
  const PAGE = 50;
  const FLAG_WORDS = { ESCALATED: t('escalated'), POSSIBLE_DUPLICATE_PERSON: t('same name elsewhere'), NO_FOCAL_POINT_EMAIL: t('no e-mail') };
  const FLAG_TITLES = { ESCALATED: t('The review is due: the meeting is less than five days away'),
    POSSIBLE_DUPLICATE_PERSON: t('A person of the same family name is on another live request for this meeting'),
    NO_FOCAL_POINT_EMAIL: t('No focal point of the entity has an e-mail address: the applicant is not told of changes') };
  const days = n => n < 0 ? t('past') : n === 0 ? t('today') : n === 1 ? t('1 day') : t('{n} days', { n });

  function table(rows, empty) {
    if (!rows.length) return el('p', { class: 'muted' }, empty);
    return el('table', {},
      el('thead', {}, el('tr', {}, [t('Reference'), t('Meeting'), t('To the meeting'), t('Entity'), t('Persons'), t('Received'), t('Status')].map(h => el('th', {}, h)))),
      el('tbody', {}, rows.map(r => el('tr', {},
        el('td', {}, el('a', { href: '/request.html?id=' + r.id }, r.reference)),
        el('td', {}, r.meeting), el('td', { class: 'nowrap' }, days(r.daysToMeeting)), el('td', {}, r.entityName),
        el('td', {}, r.persons), el('td', { class: 'when' }, date(r.receivedAt)),
        el('td', {}, status(r.status), (r.flags || []).map(f => [' ', el('span', { class: 'status flag ' + f,
            title: FLAG_TITLES[f] || '' }, FLAG_WORDS[f] || f)]),
          r.assignedTo ? el('div', { class: 'muted' }, t('taken by {user}', { user: r.assignedTo })) : null)))));
  }

  /** The requests the user began and has not sent: continue or delete each. */
  async function drafts() {
    const list = await call('GET', '/api/drafts');
    const box = document.getElementById('drafts');
    box.hidden = list.length === 0;
    document.getElementById('drafts-list').replaceChildren(el('ul', {}, list.map(d => el('li', {},
      el('a', { href: '/new.html?draft=' + encodeURIComponent(d.key) },
        t('{meeting}, {persons} person(s), saved on {when}', { meeting: d.meeting || t('no meeting chosen yet'),
          persons: d.persons, when: date(d.savedAt) })), ' ',
      el('button', { type: 'button', class: 'secondary', onclick: async ev => {
        if (!confirm(t('Delete this draft? What was typed in it is lost.'))) return;
        await App.busy(ev.target, () => call('DELETE', '/api/drafts/' + encodeURIComponent(d.key)));
        await drafts();
      } }, t('Delete draft'))))));
  }

  const form = document.getElementById('filters');
  let page = 0;

  /** The filters as the API's query (and the page's address, so that a list can be bookmarked and shared). */
  function query() {
    const p = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (v) p.set(k, v);
    p.set('page', page);
    p.set('size', PAGE);
    return p;
  }

  async function show() {
    const p = query();
    history.replaceState(null, '', '?' + p);
    const box = document.getElementById('requests');
    box.setAttribute('aria-busy', 'true');
    try {
      const r = await call('GET', '/api/requests?' + p);
      box.replaceChildren(table(r.items, t('No request matches.')));
      const first = r.total ? r.page * r.size + 1 : 0, last = r.page * r.size + r.items.length;
      const pages = document.getElementById('pages');
      pages.replaceChildren(
        el('span', { class: 'muted', 'aria-live': 'polite' }, t('{first}–{last} of {total}', { first, last, total: r.total })),
        el('button', { type: 'button', class: 'secondary', id: 'previous', disabled: r.page === 0,
          onclick: () => { page--; show(); } }, t('← Previous')),
        el('button', { type: 'button', class: 'secondary', id: 'next', disabled: last >= r.total,
          onclick: () => { page++; show(); } }, t('Next →')));
    } catch (e) {
      box.replaceChildren();
      showProblem(document.getElementById('message'), e, form);
    } finally {
      box.removeAttribute('aria-busy');
    }
  }

  try {
    const user = await header();
    const may = what => (user.may || []).includes(what);
    if (may('reviewInbox')) {
      document.getElementById('inbox').hidden = false;
      // the first page of the inbox; the rest through the list below, filtered by the status
      const inbox = await call('GET', '/api/review/inbox?size=20');
      App.fill(document.getElementById('inbox-table'), table(inbox.items, t('Nothing waits for review.')),
        inbox.total > inbox.items.length ? el('p', {}, el('a', { href: '/?status=UNDER_REVIEW&sort=deadline', id: 'inbox-all' },
          t('All {total} requests waiting for review', { total: inbox.total }))) : null);
    }
    if (user.entityId) document.getElementById('all-title').textContent = t('Your entity\u2019s requests');
    if (may('drafts')) await drafts();
    if (user.demo) {
      const hints = {
        APPLICANT: t('Try it: send a request for the ITU-T Study Group 13 meeting (your entity\u2019s registrations are offered as you type a number), read a delegation from a spreadsheet, leave the page halfway and come back from your drafts, answer what TSB asks, and download a letter.'),
        TSB_STAFF: t('Try it: take the request waiting for review and decide it, record a request received by fax with its received date (New request), import registrations, and follow a request through its process.'),
        AUDITOR: t('Try it: open a request\u2019s full history and export it (CSV, PDF/A to file), then a meeting\u2019s statistics.'),
        ADMIN: t('Try it: add a user, disable and enable one, and everything TSB staff do.'),
      };
      const box = document.getElementById('try-it');
      box.textContent = hints[user.role] || '';
      box.hidden = !hints[user.role];
    }
    form.elements.status.append(...STATUSES.map(s => el('option', { value: s }, t('status.' + s))));
    const meetings = await call('GET', '/api/meetings');
    form.elements.meeting.append(...meetings.map(m => el('option', { value: m.code }, m.code)));
    // the address's filters, as bookmarked
    const given = new URLSearchParams(location.search);
    for (const [k, v] of given) {
      if (k === 'page') page = Math.max(0, parseInt(v, 10) || 0);
      else if (form.elements[k] && form.elements[k].type === 'checkbox') form.elements[k].checked = v === 'true';
      else if (form.elements[k]) form.elements[k].value = v;
    }
    form.addEventListener('submit', e => { e.preventDefault(); page = 0; show(); });
    form.addEventListener('reset', () => setTimeout(() => { page = 0; show(); }));
    await show();
  } catch (e) {
    showProblem(document.getElementById('message'), e);
  }
})();
