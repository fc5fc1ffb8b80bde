'use strict';
(async () => {
  const { el, fill, call, upload, status, date, day, header, showProblem, param, busy, t } = App;
  const id = param('id');
  const root = document.getElementById('request');
  const message = document.getElementById('message');
  let user;
  const forms = {};
  let representationList = [];
  const typed = {};
  App.guard(() => Object.keys(typed).length > 0);
  const countries = {};

  /** The work of a button, said done and the page drawn again; a refusal shown on the form-js forms given, if any. */
  async function act(button, work, done, ...drawn) {
    try {
      await busy(button, work);
      message.replaceChildren(el('div', { class: 'notice', role: 'status' }, done));
      await load();
    } catch (e) {
      if (drawn.length) StepForm.refused(message, e, ...drawn);
      else showProblem(message, e, button.form);
    }
  }

  /** Whether the reader may do this with the request now: the server lists it in the view's actions. */
  function can(r, action) {
    return (r.actions || []).includes(action);
  }

  /** The review, on the deployed forms/review.form, once the request is taken (or by whoever took it). */
  function reviewCard(r) {
    const form = el('div', { class: 'card', id: 'review' });
    const mine = r.assignedTo === user.username;
    const holder = r.assignedTo
      ? el('p', { class: 'notice', id: 'assignment' }, mine ? t('You took this request to review it (since {when}). ', { when: date(r.assignedAt) }) :
        t('Taken by {user} since {when}: only they decide on it. ', { user: r.assignedTo, when: date(r.assignedAt) }),
        can(r, 'release') ? el('button', { type: 'button', class: 'secondary', id: 'release',
          onclick: ev => act(ev.target, () => call('DELETE', '/api/requests/' + id + '/assignment'), t('Released: any member of staff can take it.')) },
          t('Release')) : null)
      : can(r, 'take') ? el('p', { id: 'assignment' }, el('button', { type: 'button', class: 'secondary', id: 'take',
          onclick: ev => act(ev.target, () => call('POST', '/api/requests/' + id + '/assignment'), t('Taken: the others see that you review it.')) },
          t('Take it to review')), t(' so that no one else reviews it at the same time.')) : null;
    form.append(el('h2', {}, t('Review')), ...(holder ? [holder] : []));
    if (can(r, 'review')) {
      // drawn by form-js from the deployed forms/review.form; the server checks the same form again
      const box = el('div', { id: 'review-form' });
      // four eyes: who recorded the request or corrected a person on it is told why, and not offered to approve
      if (r.approvalRefusal) form.append(el('p', { class: 'notice', id: 'four-eyes' }, r.approvalRefusal));
      form.append(box);
      let drawn;
      const adapt = c => {
        if (c.key === 'decision' && r.approvalRefusal) c.values = c.values.filter(v => v.value !== 'APPROVE');
      };
      // the persons a field can be flagged for, when asking for changes
      const lists = { participants: r.participants.filter(p => p.status === 'ACTIVE').map(p => ({ value: String(p.id),
        label: t('Participant {n}: {name}', { n: p.position, name: p.familyName + ', ' + p.givenNames }) })) };
      StepForm.draw(box, forms.review, {}, { adapt, lists, onSubmit: data => {
        const flags = data.decision !== 'REQUEST_CHANGES' ? [] : (data.flags || [])
          .filter(f => f.participantId || f.field || f.comment)
          .map(f => ({ participantId: f.participantId ? Number(f.participantId) : null, field: f.field, comment: f.comment }));
        const body = { decision: data.decision, comment: data.comment || null, flags };
        act(box.querySelector('button[type=submit]'), () => call('POST', '/api/requests/' + id + '/review', body),
          { APPROVE: t('Approved: the letters are being generated.'), REJECT: t('Rejected.'),
            REQUEST_CHANGES: t('The applicant was asked for changes.') }[body.decision] || t('Decision sent.'), drawn);
      } }).then(d => { drawn = d; }, e => showProblem(message, e));
    }
    return form;
  }

  function pendingCorrectionCard(r, c) {
    const p = r.participants.find(x => x.id === c.participantId) || {};
    const d = c.details;
    const base = '/api/requests/' + id + '/participants/' + c.participantId + '/correction/';
    const mine = c.proposedBy === user.username;
    return el('div', { class: 'card' },
      el('h2', {}, t('Correction waiting for approval: participant {n}', { n: p.position })),
      el('p', {}, t('Proposed by {user} on {when}. The issued letter stands until a second member of staff approves; a new version then replaces it.',
        { user: c.proposedBy, when: date(c.proposedAt) })),
      el('dl', { class: 'kv' },
        el('dt', {}, t('Name')), el('dd', {}, d.familyName + ', ' + d.givenNames),
        el('dt', {}, t('Function')), el('dd', {}, d.function),
        el('dt', {}, t('Born')), el('dd', {}, day(d.dateOfBirth) + ', ' + d.placeOfBirth),
        el('dt', {}, t('Nationality')), el('dd', {}, country(d.nationality)),
        el('dt', {}, t('Passport')), el('dd', {}, d.passport.number + ', ' + d.passport.issuingAuthority + ', '
          + day(d.passport.issueDate) + ' – ' + day(d.passport.expiryDate))),
      el('div', { class: 'actions' },
        mine ? el('p', { class: 'muted' }, t('You proposed it: another member of staff approves it.'))
          : el('button', { type: 'button', onclick: ev => act(ev.target, () => call('POST', base + 'approve'),
            t('Correction approved: a new version of the letter is issued.')) }, t('Approve correction of participant {n}', { n: p.position })),
        el('button', { type: 'button', class: 'secondary', onclick: ev => {
          const reason = prompt(t('Why is this correction discarded?'));
          if (reason) act(ev.target, () => call('POST', base + 'discard', { reason }), t('Correction discarded.'));
        } }, t('Discard correction of participant {n}', { n: p.position }))));
  }

  /** A person's details drawn by form-js from the deployed forms/correction.form, what is typed kept in {@code typed}. */
  function correctionForm(box, p, prefix, onSubmit, asked = []) {
    const withoutButton = onSubmit ? forms.correction
      : { ...forms.correction, components: forms.correction.components.filter(c => c.type !== 'button') };
    // the passport number is shown masked: left empty, the number on record is kept (the server fills it in)
    const adapt = c => {
      Representations.adapt(c);
      if (c.key === 'number' && c.validate && c.validate.pattern) {
        c.validate = { ...c.validate, required: false };
        c.description = t('Leave it empty to keep the number on record ({masked}); type it in full to change it.',
          { masked: p.passport.number });
      }
      // each field TSB flagged says, under it, what TSB wrote of it (a field by its key, a group by its path)
      const flag = asked.find(f => (c.key && c.key === f.field.split('.').pop()) || (c.path && c.path === f.field));
      if (flag) c.description = t('TSB asks: {comment}', { comment: flag.message });
    };
    return StepForm.draw(box, withoutButton, typed[p.id] || retype(p), { lists: countries, prefix,
      adapt, derive: (before, now) => Representations.follow(representationList, before, now),
      onChange: data => { typed[p.id] = data; }, onSubmit,
      onInvalid: () => StepForm.correctBelow(message) });
  }

  function staffCorrectionCard(r, p) {
    const box = el('div', { class: 'correction-form', 'data-participant': p.id });
    const details = el('details', {}, el('summary', {}, t('Correct the details of participant {n} (a second member of staff approves before a new letter is issued)', { n: p.position })),
      box);
    if (typed[p.id]) details.open = true;
    let drawn = null;
    correctionForm(box, p, '', data => act(box.querySelector('button[type=submit]'), async () => {
      await call('PUT', '/api/requests/' + id + '/participants/' + p.id, data);
      delete typed[p.id];
    }, t('Correction proposed; it waits for a second member of staff.'), drawn)).then(d => { drawn = d; }, e => showProblem(message, e));
    return el('div', { class: 'card' }, details);
  }

  function participantCard(r, p) {
    if (r.personalDataPurgedAt) {
      return el('div', { class: 'card' }, el('h2', {}, t('Participant {n}', { n: p.position }) + ' ', status(p.status)),
        el('p', { class: 'muted' }, t('Registration {number}; personal data deleted.', { number: p.registrationNumber })));
    }
    const letter = r.letters.find(l => l.participantId === p.id);
    return el('div', { class: 'card' },
      el('h2', {}, t('Participant {n}', { n: p.position }) + ': ' + p.familyName + ', ' + p.givenNames + ' ', status(p.status)),
      p.statusReason ? el('p', { class: 'muted' }, p.statusReason) : null,
      el('dl', { class: 'kv' },
        el('dt', {}, t('Function')), el('dd', {}, p.function),
        el('dt', {}, t('Born')), el('dd', {}, day(p.dateOfBirth) + ', ' + p.placeOfBirth),
        el('dt', {}, t('Nationality')), el('dd', {}, country(p.nationality)),
        el('dt', {}, t('Registration')), el('dd', {}, p.registrationNumber),
        el('dt', {}, t('Passport')), el('dd', {}, p.passport.number + ', ' + p.passport.issuingAuthority + ', '
          + day(p.passport.issueDate) + ' – ' + day(p.passport.expiryDate)),
        el('dt', {}, t('Applies at')), el('dd', {}, t(p.swissRepresentation.kind === 'EMBASSY' ? 'Embassy of Switzerland, {city}, {country}' : 'Consulate of Switzerland, {city}, {country}',
          { city: p.swissRepresentation.city, country: country(p.swissRepresentation.country) }))),
      letter ? el('div', { class: 'actions' },
        el('a', { href: letter.href }, t('Download letter {reference} (PDF)', { reference: letter.reference })),
        can(r, 'revokeLetter') ? el('button', { type: 'button', class: 'secondary', onclick: ev => {
          const reason = prompt(t('Why is this letter revoked? The reason stays in the history; the verification page shows only the date.'));
          if (reason) act(ev.target, () => call('POST', letter.href + '/revoke', { reason }), t('Letter revoked.'));
        } }, t('Revoke letter')) : null) : null);
  }

  /**
   * The correction round, while TSB waits for changes: every person TSB flagged, open to correct (any other
   * can be opened too), and an answer to TSB in words, sent together; the request is checked again once.
   */
  function roundCard(r) {
    const active = r.participants.filter(p => p.status === 'ACTIVE');
    const flagged = new Set(r.corrections.map(c => c.participantId));
    const form = el('form', { class: 'card', id: 'correction-round', novalidate: true });
    const drawn = [];
    const initial = [];
    const sections = active.map((p, k) => {
      const box = el('div', { class: 'correction-form' });
      const section = el('details', { 'data-participant': p.id },
        el('summary', {}, t('Participant {n}', { n: p.position }) + ': ' + p.familyName + ', ' + p.givenNames
          + (flagged.has(p.id) ? ' — ' + t('TSB asks for a correction') : '')), box);
      section.open = flagged.has(p.id) || !!typed[p.id];
      const prefix = 'participants[' + k + '].details.';
      correctionForm(box, p, prefix, null, r.corrections.filter(c => c.participantId === p.id)).then(d => {
        drawn[k] = d;
        // what was drawn, to send only what the applicant then changes (a person typed before is sent as typed)
        initial[k] = typed[p.id] ? null : JSON.stringify(d.data());
      }, e => showProblem(message, e));
      return section;
    });
    const answer = el('textarea', { name: 'answer', rows: 3, maxlength: 2000 }, typed.answer || '');
    answer.addEventListener('input', () => {
      if (answer.value.trim()) typed.answer = answer.value; else delete typed.answer;
    });
    form.append(el('h2', {}, t('Correct and send back to TSB')),
      el('p', { class: 'muted' }, t('Correct the persons TSB flagged (open another to correct it too), answer TSB if it asked something, and send it all at once.')),
      ...sections,
      el('label', {}, t('Your answer to TSB (optional)'), answer),
      el('div', { class: 'actions' }, el('button', { type: 'submit', id: 'send-round' }, t('Send the corrections to TSB'))));
    form.addEventListener('submit', ev => {
      ev.preventDefault();
      // only the persons whose details changed are sent (and checked again)
      const included = sections.map((section, k) => ({ section, k })).filter(x => x.section.open && drawn[x.k]
        && JSON.stringify(drawn[x.k].data()) !== initial[x.k]);
      // form-js's own checks of every person opened first: nothing is sent while one is wrong
      if (included.map(x => drawn[x.k].validate()).some(n => n > 0)) {
        StepForm.correctBelow(message);
        StepForm.focusFirst(form);
        return;
      }
      const body = { answer: answer.value || null, participants: included.map(x => ({ id: active[x.k].id, details: drawn[x.k].data() })) };
      act(ev.submitter, async () => {
        try {
          await call('PUT', '/api/requests/' + id + '/participants', body);
          Object.keys(typed).forEach(key => delete typed[key]);
        } catch (e) {
          // the answer names each person by its place among those sent: back to its place on the page
          e.errors = (e.errors || []).map(fe => {
            const m = /^participants\[(\d+)\]\.(.*)$/.exec(fe.field);
            return m && included[m[1]] ? { field: 'participants[' + included[m[1]].k + '].' + m[2], message: fe.message } : fe;
          });
          throw e;
        }
      }, t('Corrections sent; the details were checked again.'), ...drawn);
    });
    return form;
  }

  /** A country's name in the reader's language, for its ISO code (the code itself when unknown). */
  function country(code) {
    const found = (countries.countries || []).find(c => c.value === code);
    return found ? found.label : code;
  }

  /** The person's details to correct: the passport number (shown masked) left empty, to keep it unless typed again. */
  function retype(p) {
    return { ...p, passport: { ...p.passport, number: '' } };
  }

  /**
   * The request's documents (the signed covering letter, the passport data pages): listed to everyone who sees
   * the request, opened by staff and auditors (each opening recorded), attached by the applicant or staff.
   */
  function documentsCard(r, documents) {
    const mayOpen = can(r, 'openDocuments');
    const mayAdd = can(r, 'addDocument');
    const person = pid => (r.participants.find(p => p.id === pid) || {}).position;
    const card = el('div', { class: 'card', id: 'documents' }, el('h2', {}, t('Documents')),
      documents.length ? el('ul', {}, documents.map(d => el('li', {},
        t('document.' + d.kind) + (d.participantId ? ' — ' + t('Participant {n}', { n: person(d.participantId) }) : '')
          + ' (' + d.contentType.replace(/^.*\//, '').toUpperCase() + ', ' + Math.ceil(d.size / 1024) + ' KB; '
          + t('added by {user} on {when}', { user: d.uploadedBy, when: date(d.uploadedAt) }) + ') ',
        mayOpen ? el('a', { href: '/api/requests/' + id + '/documents/' + d.id, target: '_blank', rel: 'noopener' }, t('Open')) : null)))
        : el('p', { class: 'muted' }, t('No document yet.')));
    if (mayAdd) {
      const kind = el('select', { name: 'kind' }, ['PASSPORT_PAGE', 'COVERING_LETTER'].map(k => el('option', { value: k }, t('document.' + k))));
      const who = el('select', { name: 'participantId' }, r.participants.filter(p => p.status === 'ACTIVE').map(p =>
        el('option', { value: p.id }, t('Participant {n}', { n: p.position }) + (p.familyName ? ': ' + p.familyName : ''))));
      const whoLabel = el('label', {}, t('Whose passport'), who);
      kind.addEventListener('change', () => { whoLabel.hidden = kind.value !== 'PASSPORT_PAGE'; });
      const file = el('input', { type: 'file', name: 'file', accept: '.pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg' });
      const form = el('form', { novalidate: true, id: 'add-document' },
        el('div', { class: 'grid' }, el('label', {}, t('Document'), kind), whoLabel,
          el('label', {}, t('File (PDF, PNG or JPEG, at most 5 MB)'), file)),
        el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'secondary' }, t('Attach'))));
      form.addEventListener('submit', ev => {
        ev.preventDefault();
        const data = new FormData();
        if (file.files[0]) data.append('file', file.files[0]);
        data.append('kind', kind.value);
        if (kind.value === 'PASSPORT_PAGE') data.append('participantId', who.value);
        act(ev.submitter, () => upload('/api/requests/' + id + '/documents', data), t('Document attached.'));
      });
      card.append(form);
    }
    return card;
  }

  async function load() {
    const [r, documents] = await Promise.all([call('GET', '/api/requests/' + id),
      call('GET', '/api/requests/' + id + '/documents')]);
    if (!forms.review && (can(r, 'review') || can(r, 'take'))) forms.review = await call('GET', '/api/forms/review');
    if (!countries.countries) {
      [countries.countries, representationList] = await Promise.all([call('GET', '/api/countries'), call('GET', '/api/swiss-representations')]);
      countries.representations = Representations.options(representationList);
    }
    if (!forms.correction && (can(r, 'correct') || can(r, 'correctAfterIssue'))) {
      forms.correction = await call('GET', '/api/forms/correction');
    }
    document.title = r.reference + ' – ' + t('ITU TSB visa assistance');
    fill(root,
      el('h1', {}, r.reference, ' ', status(r.status), r.escalated ? [' ', status('ESCALATED')] : null),
      el('div', { class: 'card' }, el('dl', { class: 'kv' },
        el('dt', {}, t('Meeting')), el('dd', {}, r.meetingTitle + ' (' + r.meeting + ')'),
        el('dt', {}, t('Entity')), el('dd', {}, r.entityName),
        el('dt', {}, t('Received')), el('dd', {}, date(r.receivedAt) + ', ' + t('received.' + r.channel)),
        el('dt', {}, t('Letter language')), el('dd', {}, r.language === 'en' ? t('English') : t('French')),
        el('dt', {}, t('Signatory')), el('dd', {}, r.personalDataPurgedAt ? t('(deleted)') : r.signatory.name + ', ' + r.signatory.title)),
        r.personalDataPurgedAt ? el('div', { class: 'notice' }, t('The personal data of this request was deleted on {when}, after the retention period; its decisions and history stay.',
          { when: date(r.personalDataPurgedAt) })) : null,
        r.reviewComment && r.status === 'CHANGES_REQUESTED' ? el('div', { class: 'notice' }, t('TSB asks: {comment}', { comment: r.reviewComment })) : null,
        can(r, 'withdraw') ? el('div', { class: 'actions' }, el('button', { type: 'button', class: 'danger', onclick: ev => {
          if (confirm(t('Withdraw this request? It stays on record.'))) act(ev.target, () => call('POST', '/api/requests/' + id + '/withdraw'), t('Request withdrawn.'));
        } }, t('Withdraw request'))) : null),
      r.corrections.length ? el('div', { class: 'problem' }, el('strong', {}, t('To correct')),
        el('ul', {}, r.corrections.map(c => el('li', {}, t('Participant {n}', { n: (r.participants.find(p => p.id === c.participantId) || {}).position }) + ', ' + t('field.' + c.field) + ': ' + c.message)))) : null,
      r.warnings.length ? el('div', { class: 'notice' }, el('strong', {}, t('Warnings')),
        el('ul', {}, r.warnings.map(w => el('li', {}, w.message)))) : null,
      r.assignedTo || can(r, 'take') || can(r, 'review') ? reviewCard(r) : null,
      r.participants.map(p => participantCard(r, p)),
      documentsCard(r, documents),
      r.applicantAnswer ? el('div', { class: 'notice' }, t('The applicant answered on {when}: {answer}',
        { when: date(r.applicantAnswerAt), answer: r.applicantAnswer })) : null,
      can(r, 'correct') ? roundCard(r) : null,
      (r.pendingCorrections || []).map(c => pendingCorrectionCard(r, c)),
      can(r, 'correctAfterIssue')
        ? r.participants.filter(p => p.status === 'ACTIVE' && !(r.pendingCorrections || []).some(c => c.participantId === p.id))
          .map(p => staffCorrectionCard(r, p)) : null,
      el('h2', {}, t('Decisions')),
      el('table', {}, el('thead', {}, el('tr', {}, [t('When'), t('Rule'), t('Outcome'), t('Reason'), t('By')].map(h => el('th', {}, h)))),
        el('tbody', {}, r.decisions.map(d => el('tr', {}, el('td', { class: 'when' }, date(d.decidedAt)), el('td', {}, t('rule.' + d.rule)),
          el('td', {}, status(d.outcome)), el('td', {}, d.reason), el('td', {}, d.decidedBy === 'system' ? t('system') : d.decidedBy))))),
      el('p', {}, el('a', { href: '/process.html?id=' + id }, t('Where it stands in the process')),
        can(r, 'readHistory') ? [' · ', el('a', { href: '/history.html?id=' + id }, t('Full history (audit trail)'))] : null));
  }

  try {
    user = await header();
    await load();
  } catch (e) {
    root.replaceChildren();
    showProblem(message, e);
  }
})();
