'use strict';
(async () => {
  const { el, call, header, showProblem, param, t } = App;
  const SVG = 'http://www.w3.org/2000/svg';
  const svg = (tag, attrs, ...children) => {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    children.flat().forEach(c => node.append(c instanceof Node ? c : document.createTextNode(String(c))));
    return node;
  };
  const words = (kind, s) => t(kind + '.' + s);

  /** A horizontal bar chart: one labelled bar per entry, its value at its end; described for screen readers. */
  function bars(title, entries, cssClass, kind) {
    const rowHeight = 26, labelWidth = 190, width = 640, max = Math.max(1, ...entries.map(([, v]) => v));
    const chart = svg('svg', { class: 'chart ' + cssClass, role: 'img', 'aria-label': title + ': '
        + entries.map(([k, v]) => words(kind, k) + ' ' + v).join(', '), viewBox: `0 0 ${width} ${Math.max(1, entries.length) * rowHeight + 6}`,
      width: '100%' },
      entries.map(([key, value], i) => {
        const y = i * rowHeight + 4, w = Math.round((width - labelWidth - 60) * value / max);
        return svg('g', { class: 'bar', 'data-key': key },
          svg('text', { x: labelWidth - 8, y: y + 16, 'text-anchor': 'end' }, words(kind, key)),
          svg('rect', { x: labelWidth, y, width: Math.max(w, 1), height: rowHeight - 8, rx: 2 }),
          svg('text', { x: labelWidth + w + 6, y: y + 16 }, value));
      }));
    return el('figure', {}, el('figcaption', {}, title), entries.length ? chart : el('p', { class: 'muted' }, t('None.')));
  }

  async function show(code) {
    const box = document.getElementById('statistics');
    box.replaceChildren(el('p', { class: 'muted' }, t('Loading…')));
    try {
      const s = await call('GET', '/api/meetings/' + encodeURIComponent(code) + '/statistics');
      const hours = s.medianHoursToDecision;
      box.replaceChildren(
        el('dl', { class: 'kv' },
          el('dt', {}, t('Requests')), el('dd', {}, s.requests),
          el('dt', {}, t('Persons')), el('dd', {}, s.persons + (s.personsRemoved ? ' ' + I18n.plural(s.personsRemoved,
            t('({n} removed by a rule, one)', { n: s.personsRemoved }), t('({n} removed by a rule)', { n: s.personsRemoved })) : '')),
          el('dt', {}, t('Letters issued')), el('dd', {}, s.letters),
          el('dt', {}, t('Median time from receipt to decision')),
          el('dd', {}, hours == null ? t('no request decided yet') : (hours < 1 ? t('{n} minutes', { n: Math.round(hours * 60) })
            : hours < 48 ? t('{n} hours', { n: I18n.number(hours, 1) }) : t('{n} days', { n: I18n.number(hours / 24, 1) }))
            + ' ' + I18n.plural(s.decided, t('({n} decided, one)', { n: s.decided }), t('({n} decided)', { n: s.decided })))),
        bars(t('Requests by outcome'), Object.entries(s.byOutcome), 'outcomes', 'status'),
        bars(t('Requests refused, by the rule that refused them'), Object.entries(s.refusalsByRule), 'refusals', 'rule'),
        el('p', { class: 'no-print' }, el('a', { href: '/api/meetings/' + encodeURIComponent(code) + '/report.csv', download: '' },
          t('Download the report (CSV, one row per request)'))));
    } catch (e) {
      box.replaceChildren();
      showProblem(document.getElementById('message'), e);
    }
  }

  try {
    await header();
    const meetings = await call('GET', '/api/meetings');
    const select = document.getElementById('meeting');
    select.replaceChildren(...meetings.map(m => el('option', { value: m.code }, m.code + ' – ' + (I18n.lang === 'fr' && m.titleFr ? m.titleFr : m.title))));
    const chosen = param('meeting') || (meetings[0] && meetings[0].code);
    if (chosen) {
      select.value = chosen;
      await show(chosen);
    }
    select.addEventListener('change', () => {
      history.replaceState(null, '', '?meeting=' + encodeURIComponent(select.value));
      show(select.value);
    });
  } catch (e) {
    showProblem(document.getElementById('message'), e);
  }
})();
