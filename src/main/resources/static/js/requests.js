'use strict';
(async () => {
  const { el, call, status, date, header, showProblem } = App;
  const STATUSES = ['SUBMITTED', 'AWAITING_REGISTRATION', 'CHANGES_REQUESTED', 'UNDER_REVIEW', 'APPROVED', 'LETTER_ISSUED',
    'REJECTED', 'WITHDRAWN', 'EXPIRED'];
  const PAGE = 50;
  const FLAG_WORDS = { ESCALATED: 'escalated', POSSIBLE_DUPLICATE_PERSON: 'same name elsewhere', NO_FOCAL_POINT_EMAIL: 'no e-mail' };
  const FLAG_TITLES = { ESCALATED: 'The review is due: the meeting is less than five days away',
    POSSIBLE_DUPLICATE_PERSON: 'A person of the same family name is on another live request for this meeting',
    NO_FOCAL_POINT_EMAIL: 'No focal point of the entity has an e-mail address: the applicant is not told of changes' };
  const days = n => n < 0 ? 'past' : n === 0 ? 'today' : n === 1 ? '1 day' : n + ' days';

  function table(rows, empty) {
    if (!rows.length) return el('p', { class: 'muted' }, empty);
    return el('table', {},
      el('thead', {}, el('tr', {}, ['Reference', 'Meeting', 'To the meeting', 'Entity', 'Persons', 'Received', 'Status'].map(h => el('th', {}, h)))),
      el('tbody', {}, rows.map(r => el('tr', {},
        el('td', {}, el('a', { href: '/request.html?id=' + r.id }, r.reference)),
        el('td', {}, r.meeting), el('td', { class: 'nowrap' }, days(r.daysToMeeting)), el('td', {}, r.entityName),
        el('td', {}, r.persons), el('td', {}, date(r.receivedAt)),
        el('td', {}, status(r.status), (r.flags || []).map(f => [' ', el('span', { class: 'status flag ' + f,
            title: FLAG_TITLES[f] || '' }, FLAG_WORDS[f] || f)]),
          r.assignedTo ? el('div', { class: 'muted' }, 'taken by ' + r.assignedTo) : null)))));
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
      box.replaceChildren(table(r.items, 'No request matches.'));
      const first = r.total ? r.page * r.size + 1 : 0, last = r.page * r.size + r.items.length;
      const pages = document.getElementById('pages');
      pages.replaceChildren(
        el('span', { class: 'muted', 'aria-live': 'polite' }, first + '–' + last + ' of ' + r.total),
        el('button', { type: 'button', class: 'secondary', id: 'previous', disabled: r.page === 0,
          onclick: () => { page--; show(); } }, '← Previous'),
        el('button', { type: 'button', class: 'secondary', id: 'next', disabled: last >= r.total,
          onclick: () => { page++; show(); } }, 'Next →'));
    } catch (e) {
      box.replaceChildren();
      showProblem(document.getElementById('message'), e, form);
    } finally {
      box.removeAttribute('aria-busy');
    }
  }

  try {
    const user = await header();
    const staff = user.role === 'TSB_STAFF' || user.role === 'ADMIN';
    if (staff) {
      document.getElementById('inbox').hidden = false;
      document.getElementById('inbox-table').replaceChildren(table(await call('GET', '/api/review/inbox'), 'Nothing waits for review.'));
    }
    if (user.role === 'APPLICANT') document.getElementById('all-title').textContent = 'Your entity\u2019s requests';
    form.elements.status.append(...STATUSES.map(s => el('option', { value: s }, s.replaceAll('_', ' ').toLowerCase())));
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
