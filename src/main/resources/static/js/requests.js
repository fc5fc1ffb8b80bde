'use strict';
(async () => {
  const { el, call, status, date, header, showProblem } = App;
  function table(rows) {
    if (!rows.length) return el('p', { class: 'muted' }, 'No request yet.');
    return el('table', {},
      el('thead', {}, el('tr', {}, ['Reference', 'Meeting', 'Entity', 'Persons', 'Received', 'Status'].map(h => el('th', {}, h)))),
      el('tbody', {}, rows.map(r => el('tr', {},
        el('td', {}, el('a', { href: '/request.html?id=' + r.id }, r.reference)),
        el('td', {}, r.meeting), el('td', {}, r.entityName), el('td', {}, r.persons),
        el('td', {}, date(r.receivedAt)),
        el('td', {}, status(r.status), r.escalated ? [' ', status('ESCALATED')] : null)))));
  }
  try {
    const user = await header();
    if (user.role === 'TSB_STAFF' || user.role === 'ADMIN') {
      document.getElementById('inbox').hidden = false;
      document.getElementById('inbox-table').replaceChildren(table(await call('GET', '/api/review/inbox')));
    }
    if (user.role === 'APPLICANT') document.getElementById('all-title').textContent = 'Your entity\u2019s requests';
    document.getElementById('requests').replaceChildren(table(await call('GET', '/api/requests')));
  } catch (e) {
    showProblem(document.getElementById('message'), e);
  }
})();
