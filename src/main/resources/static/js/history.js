'use strict';
(async () => {
  const { el, call, status, header, showProblem, param, t } = App;
  const id = param('id');
  document.getElementById('back').href = '/request.html?id=' + encodeURIComponent(id);
  /** Geneva time to the second, the reader's way; the entry's own offset says which of CET and CEST. */
  const when = iso => I18n.instant(iso, true);
  const kindNames = { event: t('Actions'), decision: t('Decisions'), step: t('Process steps'), task: t('Tasks'), failure: t('Failed attempts'),
    incident: t('Incidents'), read: t('Routine reads') };
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
        el('td', { class: 'nowrap' }, when(e.at)), el('td', {}, e.actor), el('td', {}, e.source === 'process' ? t('process') : t('request')),
        el('td', {}, e.label), el('td', {}, e.detail || ''))));
      count.textContent = t('{shown} of {all} entries shown', { shown: rows.length, all: h.entries.length });
    };
    const filters = el('fieldset', { class: 'filters no-print' }, el('legend', {}, t('Show')),
      kinds.map(k => {
        const box = el('input', { type: 'checkbox', name: 'kind', value: k });
        box.checked = shown.has(k);
        box.addEventListener('change', () => { box.checked ? shown.add(k) : shown.delete(k); render(); });
        return el('label', { class: 'inline' }, box, ' ' + (kindNames[k] || k));
      }));
    document.getElementById('history').replaceChildren(
      el('h1', {}, t('History of {reference}', { reference: h.reference }) + ' ', status(h.status)),
      el('p', { class: 'no-print actions' },
        el('a', { href: base + '.csv', download: '' }, t('Download CSV')),
        el('a', { href: base + '.pdf' }, t('PDF to file (PDF/A)')),
        el('button', { type: 'button', class: 'secondary', id: 'print' }, t('Print'))),
      filters, count,
      el('table', { class: 'history' }, el('thead', {}, el('tr', {}, [t('When (Geneva time)'), t('Who'), t('Source'), t('What'), t('Detail')].map(t => el('th', {}, t)))),
        body));
    document.getElementById('print').addEventListener('click', () => window.print());
    render();
  } catch (e) {
    document.getElementById('history').replaceChildren();
    showProblem(document.getElementById('message'), e);
  }
})();
