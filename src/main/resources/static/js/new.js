'use strict';
(async () => {
  const { el, call, header, showProblem, busy, t, day } = App;
  const form = document.getElementById('submit');
  const message = document.getElementById('message');
  const people = document.getElementById('people');
  let count = 0;

  function addPerson() {
    const index = count++;
    const box = el('fieldset', { 'data-index': index }, el('legend', {}, t('Person {n}', { n: people.children.length + 1 })),
      ParticipantForm.render('participants[' + index + '].'),
      el('div', { class: 'actions' }, el('button', { type: 'button', class: 'secondary', onclick: () => {
        if (people.children.length > 1) box.remove();
      } }, t('Remove this person'))));
    people.append(box);
  }

  try {
    const user = await header();
    const staff = user.role === 'TSB_STAFF' || user.role === 'ADMIN';
    const meetings = await call('GET', '/api/meetings');
    const select = document.getElementById('meeting');
    select.append(...meetings.map(m => el('option', { value: m.code }, (I18n.lang === 'fr' && m.titleFr ? m.titleFr : m.title) + ' (' + day(m.firstDay) + ')')));
    const showDeadline = () => {
      const m = meetings.find(x => x.code === select.value);
      document.getElementById('deadline').textContent = m
        ? t('Last day for TSB to receive this request: {day} (Geneva).', { day: day(m.lastDayForRequests) }) : '';
    };
    select.addEventListener('change', showDeadline);
    showDeadline();
    if (staff) {
      document.getElementById('staff-fields').hidden = false;
      const entities = await call('GET', '/api/entities');
      document.getElementById('entity').append(...entities.map(e => el('option', { value: e.id }, e.name + ' (' + t('category.' + e.category) + ')')));
    }
    addPerson();
    document.getElementById('add').addEventListener('click', addPerson);
    form.addEventListener('submit', async ev => {
      ev.preventDefault();
      // fields are renumbered from 0 so that error paths match what is on screen
      const boxes = [...people.children];
      const participants = boxes.map(b => ParticipantForm.read(form, 'participants[' + b.dataset.index + '].'));
      const body = {
        meeting: select.value, language: form.language.value,
        signatory: { name: form['signatory.name'].value, title: form['signatory.title'].value },
        participants,
      };
      if (staff) {
        body.entityId = Number(form.entityId.value);
        body.channel = form.channel.value;
        if (form.receivedAt.value) body.receivedAt = form.receivedAt.value + ':00';
      }
      try {
        const created = await busy(document.getElementById('send'), () => call('POST', '/api/requests', body));
        location.href = '/request.html?id=' + created.id;
      } catch (e) {
        // error paths name the person by position in the list sent; map them back to the boxes' inputs
        e.errors = (e.errors || []).map(fe => {
          const m = /^participants\[(\d+)\]\.(.*)$/.exec(fe.field);
          return m && boxes[m[1]] ? { field: 'participants[' + boxes[m[1]].dataset.index + '].' + m[2], message: fe.message } : fe;
        });
        showProblem(message, e, form);
        message.scrollIntoView();
      }
    });
  } catch (e) {
    showProblem(message, e);
  }
})();
