'use strict';
// A new request, on the deployed forms: forms/submission.form, and forms/intake.form for TSB staff recording
// a request received by fax or e-mail.
(async () => {
  const { call, header, showProblem, busy, t, day } = App;
  const form = document.getElementById('submit');
  const message = document.getElementById('message');

  try {
    const user = await header();
    const staff = user.role === 'TSB_STAFF' || user.role === 'ADMIN';
    // applicants pick among the meetings still open for requests, the nearest deadline first; staff recording a
    // fax or an e-mail may need one whose deadline has passed (the request is then refused with its reason)
    const [schema, intake, meetings, countries, entities] = await Promise.all([
      Forms.load('submission'), staff ? Forms.load('intake') : null, call('GET', '/api/meetings' + (staff ? '' : '?open=true')),
      call('GET', '/api/countries'), staff ? call('GET', '/api/entities') : []]);
    const title = m => I18n.lang === 'fr' && m.titleFr ? m.titleFr : m.title;
    const options = {
      meetings: meetings.filter(m => !m.closedAt).map(m => ({ value: m.code,
        label: t('{title}: requests until {day}', { title: title(m), day: day(m.lastDayForRequests) }) })),
      countries,
      entities: entities.map(e => ({ value: e.id, label: e.name + ' (' + t('category.' + e.category) + ')' })),
    };
    const deadline = select => {
      const m = meetings.find(x => x.code === select.value);
      document.getElementById('deadline').textContent = m
        ? t('Last day for TSB to receive this request: {day} (Geneva).', { day: day(m.lastDayForRequests) }) : '';
    };
    const listeners = { meeting: select => select.addEventListener('change', () => deadline(select)) };
    document.getElementById('submission-form').replaceChildren(Forms.render(schema, {}, options, listeners));
    if (staff) {
      document.getElementById('staff-fields').hidden = false;
      document.getElementById('intake-form').replaceChildren(Forms.render(intake, {}, options));
    }
    const send = form.querySelector('#submission-form [data-form-button]');
    send.id = 'send';
    form.addEventListener('submit', async ev => {
      ev.preventDefault();
      const body = Forms.read(document.getElementById('submission-form'), schema);
      if (staff) {
        const recorded = Forms.read(document.getElementById('intake-form'), intake);
        body.entityId = recorded.entityId === null ? null : Number(recorded.entityId);
        body.channel = recorded.channel;
        body.receivedAt = recorded.receivedAt;
      }
      try {
        const created = await busy(send, () => call('POST', '/api/requests', body));
        location.href = '/request.html?id=' + created.id;
      } catch (e) {
        showProblem(message, e, form);
        message.scrollIntoView();
      }
    });
  } catch (e) {
    showProblem(message, e);
  }
})();
