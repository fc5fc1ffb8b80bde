'use strict';
(async () => {
  const { el, call, header, showProblem, param, busy, t } = App;
  const id = param('id');
  const message = document.getElementById('message');
  document.getElementById('back').href = '/request.html?id=' + encodeURIComponent(id);
  try {
    await header();
    // what the reader may do (retry, send back) is the server's to say: the request's view lists it
    const [xml, progress, request] = await Promise.all([
      fetch('/api/process/diagram', { credentials: 'same-origin' }).then(r => r.text()),
      call('GET', '/api/requests/' + id + '/progress'), call('GET', '/api/requests/' + id)]);
    const actions = request.actions || [];
    // bpmn-js's navigated viewer: the deployed diagram, to pan and zoom
    const viewer = new BpmnJS({ container: '#diagram' });
    await viewer.importXML(xml);
    const canvas = viewer.get('canvas');
    const registry = viewer.get('elementRegistry');
    const overlays = viewer.get('overlays');
    const failed = progress.incidents.map(i => i.step);
    const state = x => failed.includes(x) ? 'failed' : progress.active.includes(x) ? 'active' : 'passed';
    const shown = [...new Set([...progress.passed, ...progress.active, ...failed])].filter(x => registry.get(x));
    const listed = [];
    for (const step of shown) {
      const kind = state(step);
      canvas.addMarker(step, kind);
      const times = (progress.times || {})[step] || 0;
      // a sign and a number beside each step: what the colours say, for people who do not see them
      const sign = kind === 'failed' ? '!' : kind === 'active' ? '●' : (times > 1 ? '✓' + times : '✓');
      overlays.add(step, 'progress', { position: { top: -10, right: 10 },
        html: el('span', { class: 'badge badge-' + kind, 'aria-hidden': 'true' }, sign) });
      const element = registry.get(step);
      const name = element.businessObject && element.businessObject.name;
      if (name && element.type !== 'bpmn:SequenceFlow' && !element.type.endsWith('Gateway')) {
        listed.push(el('li', { class: kind }, name + ': ' + (kind === 'failed' ? t('failed')
          : kind === 'active' ? t('waits here now') : times > 1 ? t('passed {n} times', { n: times }) : t('passed'))));
      }
    }
    canvas.zoom('fit-viewport');
    // the same as words, for screen readers and for anyone who prefers a list
    document.getElementById('steps').append(el('h2', {}, t('Steps')), el('ol', { class: 'steps-list' }, listed));
    if (progress.incidents.length) {
      document.getElementById('incidents').append(el('div', { class: 'problem' },
        el('strong', {}, t('Failed steps')),
        el('ul', {}, progress.incidents.map(i => el('li', {}, i.step + ': ' + i.message))),
        actions.includes('retry') ? el('button', { type: 'button', onclick: async ev => {
          try {
            await busy(ev.target, () => call('POST', '/api/requests/' + id + '/retry'));
            location.reload();
          } catch (e) { showProblem(message, e); }
        } }, t('Try these steps again')) : null));
    }
    // a letter that fails after its retries (text the font cannot print, say) goes back to the applicant
    if (actions.includes('sendBack') && failed.includes('Task_GenerateLetters')) {
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
