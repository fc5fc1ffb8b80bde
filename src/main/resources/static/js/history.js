'use strict';
(async () => {
  const { el, call, status, date, header, showProblem, param } = App;
  const id = param('id');
  document.getElementById('back').href = '/request.html?id=' + encodeURIComponent(id);
  try {
    await header();
    const h = await call('GET', '/api/requests/' + id + '/history');
    document.getElementById('history').replaceChildren(
      el('h1', {}, 'History of ' + h.reference + ' ', status(h.status)),
      el('h2', {}, 'Decisions, with the inputs of automated ones'),
      el('table', {}, el('thead', {}, el('tr', {}, ['When', 'Rule', 'Outcome', 'Reason', 'Inputs', 'By'].map(t => el('th', {}, t)))),
        el('tbody', {}, h.decisions.map(d => el('tr', {}, el('td', {}, date(d.decidedAt)), el('td', {}, d.rule),
          el('td', {}, status(d.outcome)), el('td', {}, d.reason), el('td', { class: 'muted' }, d.inputs || ''), el('td', {}, d.decidedBy))))),
      el('h2', {}, 'Every action, read and download'),
      el('table', {}, el('thead', {}, el('tr', {}, ['When', 'Who', 'Action', 'Detail'].map(t => el('th', {}, t)))),
        el('tbody', {}, h.events.map(e => el('tr', {}, el('td', {}, date(e.at)), el('td', {}, e.actor), el('td', {}, e.action), el('td', {}, e.detail))))));
  } catch (e) {
    document.getElementById('history').replaceChildren();
    showProblem(document.getElementById('message'), e);
  }
})();
