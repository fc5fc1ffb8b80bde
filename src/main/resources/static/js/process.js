'use strict';
(async () => {
  const { el, call, header, showProblem, param, busy, t } = App;
  const id = param('id');
  const message = document.getElementById('message');
  document.getElementById('back').href = '/request.html?id=' + encodeURIComponent(id);
  try {
    const user = await header();
    const [xml, progress] = await Promise.all([
      fetch('/api/process/diagram', { credentials: 'same-origin' }).then(r => r.text()),
      call('GET', '/api/requests/' + id + '/progress')]);
    const viewer = new BpmnJS({ container: '#diagram' });
    await viewer.importXML(xml);
    const canvas = viewer.get('canvas');
    const registry = viewer.get('elementRegistry');
    const mark = (ids, css) => ids.filter(x => registry.get(x)).forEach(x => canvas.addMarker(x, css));
    mark(progress.passed, 'passed');
    mark(progress.active, 'active');
    mark(progress.incidents.map(i => i.step), 'failed');
    canvas.zoom('fit-viewport');
    const staff = user.role === 'TSB_STAFF' || user.role === 'ADMIN';
    if (progress.incidents.length) {
      document.getElementById('incidents').append(el('div', { class: 'problem' },
        el('strong', {}, t('Failed steps')),
        el('ul', {}, progress.incidents.map(i => el('li', {}, i.step + ': ' + i.message))),
        staff ? el('button', { type: 'button', onclick: async ev => {
          try {
            await busy(ev.target, () => call('POST', '/api/requests/' + id + '/retry'));
            location.reload();
          } catch (e) { showProblem(message, e); }
        } }, t('Try these steps again')) : null));
    }
    // a letter that fails after its retries (text the font cannot print, say) goes back to the applicant
    if (staff && progress.incidents.some(i => i.step === 'Task_GenerateLetters')) {
      const comment = el('textarea', { id: 'send-back-comment', maxlength: '2000', rows: '3', required: 'required' });
      document.getElementById('incidents').append(el('form', { class: 'panel', onsubmit: async ev => {
        ev.preventDefault();
        try {
          await busy(ev.submitter, () => call('POST', '/api/requests/' + id + '/send-back', { comment: comment.value }));
          location.href = '/request.html?id=' + encodeURIComponent(id);
        } catch (e) { showProblem(message, e); }
      } },
        el('p', {}, t('The letters cannot be made: send the request back to the applicant, saying what to correct')),
        el('label', { for: 'send-back-comment' }, t('What to correct')), comment,
        el('button', { type: 'submit' }, t('Send back for correction'))));
    }
  } catch (e) {
    showProblem(message, e);
  }
})();
