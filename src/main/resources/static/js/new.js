'use strict';
// A new request, on the deployed forms: forms/submission.form, and forms/intake.form for TSB staff recording
// a request received by fax or e-mail.
(async () => {
  /** A person with nothing typed yet (the first, empty one of a new request). */
  const empty = p => !Object.values(p).some(v => v && (typeof v !== 'object' || !empty(v)));

  /**
   * The persons of an earlier request of the entity, copied into this one: everything but the passport number
   * (never shown in full) and the registration number (each meeting has its own).
   */
  function copy(current, rerender, entityId) {
    const select = document.getElementById('copy-from');
    const report = document.getElementById('copy-report');
    const details = document.getElementById('copy');
    details.addEventListener('toggle', async () => {
      if (!details.open) return;
      const entity = entityId();
      const page = await call('GET', '/api/requests?size=100&sort=received' + (entity ? '&entityId=' + encodeURIComponent(entity) : ''));
      select.replaceChildren(el('option', { value: '' }, '—'), ...page.items.map(r => el('option', { value: r.id },
        r.reference + ' (' + t('{n} person(s)', { n: r.persons }) + ')')));
    });
    document.getElementById('copy-read').addEventListener('click', async ev => {
      if (!select.value) {
        report.replaceChildren(el('p', { class: 'field-error', role: 'alert' }, t('Choose the earlier request.')));
        return;
      }
      try {
        const earlier = await busy(ev.target, () => call('GET', '/api/requests/' + encodeURIComponent(select.value)));
        const copied = earlier.participants.filter(p => p.status === 'ACTIVE' && p.familyName).map(p => ({
          familyName: p.familyName, givenNames: p.givenNames, function: p.function, dateOfBirth: p.dateOfBirth,
          placeOfBirth: p.placeOfBirth, nationality: p.nationality, registrationNumber: null,
          passport: { number: null, issuingAuthority: p.passport.issuingAuthority, issueDate: p.passport.issueDate,
            expiryDate: p.passport.expiryDate },
          swissRepresentation: p.swissRepresentation }));
        const data = current();
        const persons = (data.participants || []).filter(p => !empty(p)).concat(copied);
        rerender({ ...data, participants: persons.length ? persons : [{}] });
        report.replaceChildren(el('p', { role: 'status' }, t('{n} person(s) copied: type each passport number and registration number.',
          { n: copied.length })));
      } catch (e) {
        showProblem(report, e);
      }
    });
  }

  /**
   * Delegates from a spreadsheet (a file or pasted text): read and checked by the server against the form and
   * the rules, the good rows added to the persons, each refused line shown with what to correct; nothing is sent.
   */
  function sheet(current, rerender, entityId) {
    const file = document.getElementById('sheet-file');
    const pasted = document.getElementById('sheet-text');
    const report = document.getElementById('sheet-report');
    document.getElementById('sheet-read').addEventListener('click', async ev => {
      const data = current();
      if (!data.meeting) {
        report.replaceChildren(el('p', { class: 'field-error', role: 'alert' }, t('Choose the meeting first.')));
        return;
      }
      const content = file.files[0] || (pasted.value.trim() ? new Blob([pasted.value], { type: 'text/csv' }) : null);
      if (!content) {
        report.replaceChildren(el('p', { class: 'field-error', role: 'alert' }, t('Choose the CSV file, or paste its lines.')));
        return;
      }
      try {
        const query = '?meeting=' + encodeURIComponent(data.meeting) + (entityId() ? '&entityId=' + encodeURIComponent(entityId()) : '');
        const r = await busy(ev.target, () => upload('/api/delegates/check' + query, content, 'text/csv'));
        const persons = (data.participants || []).filter(p => !empty(p)).concat(r.persons.map(p => p.details));
        rerender({ ...data, participants: persons.length ? persons : [{}] });
        report.replaceChildren(
          el('p', { role: 'status' }, t('{read} person(s) read and added; {refused} line(s) to correct.',
            { read: r.persons.length, refused: r.refused.length })),
          r.refused.length ? el('table', { id: 'sheet-refused' },
            el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('Line')), el('th', { scope: 'col' }, t('What to correct')))),
            el('tbody', {}, r.refused.map(line => el('tr', {}, el('td', {}, line.line),
              el('td', {}, line.errors.map(e => e.field + ': ' + e.message).join('; ')))))) : null);
        file.value = '';
      } catch (e) {
        report.replaceChildren();
        showProblem(report, e);
      }
    });
  }

  const { el, call, upload, header, showProblem, busy, t, day, param, guard } = App;
  const form = document.getElementById('submit');
  const message = document.getElementById('message');

  try {
    const user = await header();
    const staff = user.role === 'TSB_STAFF' || user.role === 'ADMIN';
    // applicants pick among the meetings still open for requests, the nearest deadline first; staff recording a
    // fax or an e-mail may need one whose deadline has passed (the request is then refused with its reason)
    const [schema, intake, meetings, countries, entities, representations] = await Promise.all([
      Forms.load('submission'), staff ? Forms.load('intake') : null, call('GET', '/api/meetings' + (staff ? '' : '?open=true')),
      call('GET', '/api/countries'), staff ? call('GET', '/api/entities') : [], call('GET', '/api/swiss-representations')]);
    const title = m => I18n.lang === 'fr' && m.titleFr ? m.titleFr : m.title;
    const options = {
      meetings: meetings.filter(m => !m.closedAt).map(m => ({ value: m.code,
        label: t('{title}: requests until {day}', { title: title(m), day: day(m.lastDayForRequests) }) })),
      countries,
      representations: Representations.options(representations),
      entities: entities.map(e => ({ value: e.id, label: e.name + ' (' + t('category.' + e.category) + ')' })),
    };
    const deadline = select => {
      const m = meetings.find(x => x.code === select.value);
      document.getElementById('deadline').textContent = m
        ? t('Last day for TSB to receive this request: {day} (Geneva).', { day: day(m.lastDayForRequests) }) : '';
    };
    // an applicant picks each person among its entity's registrations for the meeting: no number to remember
    const registrations = el('datalist', { id: 'own-registrations' });
    document.body.append(registrations);
    let known = [];
    const offerRegistrations = async code => {
      known = !staff && code ? await call('GET', '/api/meetings/' + encodeURIComponent(code) + '/registrations/mine') : [];
      registrations.replaceChildren(...known.map(r => el('option', { value: r.confirmationNumber },
        r.familyName + ', ' + r.givenNames + ' (' + t('status.' + r.status) + ')')));
    };
    const linkRegistrations = root => root.querySelectorAll('input[name$="registrationNumber"]').forEach(input => {
      if (input.getAttribute('list')) return;
      input.setAttribute('list', 'own-registrations');
      input.addEventListener('change', () => {
        const r = known.find(x => x.confirmationNumber === input.value.trim());
        const base = input.name.slice(0, -'registrationNumber'.length);
        for (const [field, value] of [['familyName', r && r.familyName], ['givenNames', r && r.givenNames]]) {
          const target = form.querySelector('[name="' + CSS.escape(base + field) + '"]');
          if (target && value && !target.value) target.value = value;
        }
      });
    });
    const listeners = { ...Representations.listeners(representations), meeting: select => select.addEventListener('change', () => {
      deadline(select);
      offerRegistrations(select.value);
    }) };
    // what is typed is kept as a draft on the server (this page's address names it), so nothing is lost
    const key = param('draft') || (crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + '-' + Math.random().toString(36).slice(2));
    if (!param('draft')) history.replaceState(null, '', '?draft=' + encodeURIComponent(key));
    let kept = {};
    try {
      kept = await call('GET', '/api/drafts/' + encodeURIComponent(key));
    } catch (e) {
      if (e.status !== 404) throw e;
    }
    const submissionBox = document.getElementById('submission-form');
    const intakeBox = document.getElementById('intake-form');
    let send = null;
    const renderSubmission = data => {
      submissionBox.replaceChildren(Forms.render(schema, data, options, listeners));
      const chosenMeeting = form.querySelector('[name=meeting]');
      if (chosenMeeting) deadline(chosenMeeting);
      send = form.querySelector('#submission-form [data-form-button]');
      send.id = 'send';
    };
    renderSubmission(kept.submission || {});
    new MutationObserver(() => linkRegistrations(submissionBox)).observe(submissionBox, { childList: true, subtree: true });
    linkRegistrations(submissionBox);
    if (form.querySelector('[name=meeting]') && form.querySelector('[name=meeting]').value) {
      await offerRegistrations(form.querySelector('[name=meeting]').value);
    }
    if (staff) {
      document.getElementById('staff-fields').hidden = false;
      intakeBox.replaceChildren(Forms.render(intake, kept.intake || {}, options));
    }
    const saved = document.getElementById('draft-status');
    if (kept.submission) saved.textContent = t('Your draft is back as you left it.');
    let unsaved = false;
    let timer = null;
    const typed = () => ({ submission: Forms.read(submissionBox, schema), intake: staff ? Forms.read(intakeBox, intake) : {} });
    const save = async () => {
      timer = null;
      try {
        const summary = await call('PUT', '/api/drafts/' + encodeURIComponent(key), typed());
        if (timer === null) {
          unsaved = false;
          saved.textContent = t('Draft saved at {when}.', { when: I18n.instant(summary.savedAt, true) });
        }
      } catch (e) {
        saved.textContent = t('The draft could not be saved: {why}', { why: e.message });
      }
    };
    const changed = () => {
      unsaved = true;
      saved.textContent = t('Saving the draft…');
      clearTimeout(timer);
      timer = setTimeout(save, 800);
    };
    form.addEventListener('input', changed);
    form.addEventListener('change', changed);
    new MutationObserver(changed).observe(submissionBox, { childList: true, subtree: true });
    guard(() => unsaved);
    sheet(() => Forms.read(submissionBox, schema), data => { renderSubmission(data); changed(); },
      () => (staff ? Forms.read(intakeBox, intake).entityId : null));
    copy(() => Forms.read(submissionBox, schema), data => { renderSubmission(data); changed(); },
      () => (staff ? Forms.read(intakeBox, intake).entityId : null));
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
        clearTimeout(timer);
        const created = await busy(send, () => call('POST', '/api/requests', body));
        unsaved = false;
        try {
          await call('DELETE', '/api/drafts/' + encodeURIComponent(key));
        } catch (e) { /* sent: the draft goes with the retention run if it could not be deleted now */ }
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
