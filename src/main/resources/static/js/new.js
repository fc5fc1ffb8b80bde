'use strict';
// A new request, on the deployed forms drawn by form-js: forms/submission.form, and forms/intake.form for TSB
// staff recording a request received by fax or e-mail.
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
        // fill, not replaceChildren: a DOM node's replaceChildren writes a null as the text "null"
        fill(report,
          el('p', { role: 'status' }, t('{read} person(s) read and added; {refused} line(s) to correct.',
            { read: r.persons.length, refused: r.refused.length })),
          r.refused.length ? el('table', { id: 'sheet-refused' },
            el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('Line')), el('th', { scope: 'col' }, t('What to correct')))),
            el('tbody', {}, r.refused.map(line => el('tr', {}, el('td', {}, line.line),
              el('td', {}, line.errors.map(e => t('column {column}: {message}', { column: e.field, message: e.message })).join('; ')))))) : null);
        file.value = '';
      } catch (e) {
        report.replaceChildren();
        showProblem(report, e);
      }
    });
  }

  const { el, fill, call, upload, header, showProblem, busy, t, day, param, guard } = App;
  const message = document.getElementById('message');

  try {
    const user = await header();
    // staff record requests received by fax or e-mail, for any entity (the server says who may)
    const staff = (user.may || []).includes('intake');
    // applicants pick among the meetings still open for requests, the nearest deadline first; staff recording a
    // fax or an e-mail may need one whose deadline has passed (the request is then refused with its reason)
    const [schema, intakeSchema, meetings, countries, entities, representations] = await Promise.all([
      call('GET', '/api/forms/submission'), staff ? call('GET', '/api/forms/intake') : null,
      call('GET', '/api/meetings' + (staff ? '' : '?open=true')),
      call('GET', '/api/countries'), staff ? call('GET', '/api/entities') : [], call('GET', '/api/swiss-representations')]);
    const title = m => I18n.lang === 'fr' && m.titleFr ? m.titleFr : m.title;
    const lists = {
      meetings: meetings.filter(m => !m.closedAt).map(m => ({ value: m.code,
        label: t('{title}: requests until {day}', { title: title(m), day: day(m.lastDayForRequests) }) })),
      countries,
      representations: Representations.options(representations),
      entities: entities.map(e => ({ value: e.id, label: e.name + ' (' + t('category.' + e.category) + ')' })),
    };
    let adviceFor = null;
    // the meeting's deadline, and when the persons can lodge their visa applications (said before anything is sent)
    const deadline = async code => {
      const m = meetings.find(x => x.code === code);
      const box = document.getElementById('deadline');
      box.textContent = m ? t('Last day for TSB to receive this request: {day} (Geneva).', { day: day(m.lastDayForRequests) }) : '';
      const advice = document.getElementById('lodging');
      const received = intake && intake.data().receivedAt ? '?received=' + encodeURIComponent(String(intake.data().receivedAt).slice(0, 10)) : '';
      // asked again only when the meeting (or the day received) changes, not at each key typed
      if (adviceFor === code + received) return;
      adviceFor = code + received;
      advice.replaceChildren();
      if (!m) return;
      const said = await call('GET', '/api/meetings/' + encodeURIComponent(code) + '/lodging' + received).catch(() => ({ warnings: [] }));
      if (said.warnings.length) {
        advice.replaceChildren(el('div', { class: 'notice', role: 'status' }, el('strong', {}, t('Warnings')),
          el('ul', {}, said.warnings.map(w => el('li', {}, w)))));
      }
    };
    // an applicant picks each person among its entity's registrations for the meeting: no number to remember
    const registrations = el('datalist', { id: 'own-registrations' });
    document.body.append(registrations);
    let known = [];
    let offeredFor = null;
    const offerRegistrations = async code => {
      if (code === offeredFor) return;
      offeredFor = code;
      known = !staff && code ? await call('GET', '/api/meetings/' + encodeURIComponent(code) + '/registrations/mine') : [];
      registrations.replaceChildren(...known.map(r => el('option', { value: r.confirmationNumber },
        r.familyName + ', ' + r.givenNames + ' (' + t('status.' + r.status) + ')')));
    };
    const submissionBox = document.getElementById('submission-form');
    const intakeBox = document.getElementById('intake-form');
    // the registration number offers the entity's registrations as it is typed
    const linkRegistrations = () => submissionBox.querySelectorAll('input[id*="-Field_s14"]').forEach(input => {
      if (!input.getAttribute('list')) input.setAttribute('list', 'own-registrations');
    });
    new MutationObserver(linkRegistrations).observe(submissionBox, { childList: true, subtree: true });
    /** What follows from a change: a registration picked names its person, a representation picked its place. */
    const derive = (before, now) => {
      const persons = (now.participants || []).map((p, i) => {
        const earlier = (before.participants || [])[i] || {};
        let next = Representations.follow(representations, earlier, p);
        const r = p.registrationNumber !== earlier.registrationNumber
          && known.find(x => x.confirmationNumber === (p.registrationNumber || '').trim());
        if (r) next = { ...next, familyName: next.familyName || r.familyName, givenNames: next.givenNames || r.givenNames };
        return next;
      });
      return { ...now, participants: persons };
    };

    // what is typed is kept as a draft on the server (this page's address names it), so nothing is lost
    const key = param('draft') || (crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + '-' + Math.random().toString(36).slice(2));
    if (!param('draft')) history.replaceState(null, '', '?draft=' + encodeURIComponent(key));
    let kept = {};
    try {
      kept = await call('GET', '/api/drafts/' + encodeURIComponent(key));
    } catch (e) {
      if (e.status !== 404) throw e;
    }
    const saved = document.getElementById('draft-status');
    let unsaved = false;
    let timer = null;
    let submission = null;
    let intake = null;
    const typed = () => ({ submission: submission.data(), intake: intake ? intake.data() : {} });
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
    guard(() => unsaved);

    const send = async data => {
      const button = submissionBox.querySelector('button[type=submit]');
      const body = { ...data };
      if (intake) {
        if (intake.validate()) {
          StepForm.correctBelow(message);
          return;
        }
        const recorded = intake.data();
        body.entityId = recorded.entityId;
        body.channel = recorded.channel;
        body.receivedAt = recorded.receivedAt;
      }
      try {
        clearTimeout(timer);
        message.replaceChildren();
        const created = await busy(button, () => call('POST', '/api/requests', body));
        unsaved = false;
        try {
          await call('DELETE', '/api/drafts/' + encodeURIComponent(key));
        } catch (e) { /* sent: the draft goes with the retention run if it could not be deleted now */ }
        location.href = '/request.html?id=' + created.id;
      } catch (e) {
        if (!StepForm.refused(message, e, submission, intake)) message.scrollIntoView();
      }
    };
    const start = kept.submission || {};
    (start.participants || []).forEach(p => {
      // drafts kept before the forms were drawn by form-js held the representation's number as text
      if (p && p.swissRepresentation && /^\d+$/.test(String(p.swissRepresentation.id || ''))) p.swissRepresentation.id = Number(p.swissRepresentation.id);
    });
    submission = await StepForm.draw(submissionBox, schema, start, { lists, adapt: Representations.adapt, derive,
      onChange: data => {
        deadline(data.meeting);
        offerRegistrations(data.meeting);
        changed();
      },
      onSubmit: send,
      onInvalid: () => {
        if (intake) intake.validate();
        StepForm.correctBelow(message);
      } });
    const first = submission.data();
    deadline(first.meeting);
    await offerRegistrations(first.meeting);
    linkRegistrations();
    if (staff) {
      document.getElementById('staff-fields').hidden = false;
      intake = await StepForm.draw(intakeBox, intakeSchema, kept.intake || {}, { lists, onChange: data => {
        deadline(submission.data().meeting);
        changed(data);
      } });
    }
    if (kept.submission) saved.textContent = t('Your draft is back as you left it.');
    const reload = async data => {
      await submission.load(data);
      changed();
    };
    const entityId = () => (intake ? intake.data().entityId : null);
    sheet(() => submission.data(), reload, entityId);
    copy(() => submission.data(), reload, entityId);
  } catch (e) {
    showProblem(message, e);
  }
})();
