'use strict';
(async () => {
  const { el, call, status, header, showProblem, param } = App;
  const id = param('id');
  document.getElementById('back').href = '/request.html?id=' + encodeURIComponent(id);
  /** Geneva time to the second, the reader's way; the entry's own offset says which of CET and CEST. */
  const when = iso => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'Europe/Zurich' });
  const kindNames = { event: 'Actions', decision: 'Decisions', step: 'Process steps', task: 'Tasks', failure: 'Failed attempts',
    incident: 'Incidents', read: 'Routine reads' };
  try {
    await header();
    const h = await call('GET', '/api/requests/' + id + '/history');
    const base = '/api/requests/' + encodeURIComponent(id) + '/history';
    const kinds = [...new Set(h.entries.map(e => e.kind))];
    const shown = new Set(kinds.filter(k => k !== 'read'));
    const body = el('tbody', {});
    const count = el('p', { class: 'muted', 'aria-live': 'polite' });
    const render = () => {
      const rows = h.entries.filter(e => shown.has(e.kind));
      body.replaceChildren(...rows.map(e => el('tr', { class: 'kind-' + e.kind, 'data-action': e.action },
        el('td', { class: 'nowrap' }, when(e.at)), el('td', {}, e.actor), el('td', {}, e.source === 'process' ? 'process' : 'request'),
        el('td', {}, e.label), el('td', {}, e.detail || ''))));
      count.textContent = rows.length + ' of ' + h.entries.length + ' entries shown';
    };
    const filters = el('fieldset', { class: 'filters no-print' }, el('legend', {}, 'Show'),
      kinds.map(k => {
        const box = el('input', { type: 'checkbox', name: 'kind', value: k });
        box.checked = shown.has(k);
        box.addEventListener('change', () => { box.checked ? shown.add(k) : shown.delete(k); render(); });
        return el('label', { class: 'inline' }, box, ' ' + (kindNames[k] || k));
      }));
    document.getElementById('history').replaceChildren(
      el('h1', {}, 'History of ' + h.reference + ' ', status(h.status)),
      el('p', { class: 'no-print actions' },
        el('a', { href: base + '.csv', download: '' }, 'Download CSV'),
        el('a', { href: base + '.pdf' }, 'PDF to file (PDF/A)'),
        el('button', { type: 'button', class: 'secondary', id: 'print' }, 'Print')),
      filters, count,
      el('table', { class: 'history' }, el('thead', {}, el('tr', {}, ['When (Geneva time)', 'Who', 'Source', 'What', 'Detail'].map(t => el('th', {}, t)))),
        body));
    document.getElementById('print').addEventListener('click', () => window.print());
    render();
  } catch (e) {
    document.getElementById('history').replaceChildren();
    showProblem(document.getElementById('message'), e);
  }
})();
