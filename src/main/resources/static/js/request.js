'use strict';
(async () => {
  const { el, fill, call, status, date, header, showProblem, param, busy } = App;
  const id = param('id');
  const root = document.getElementById('request');
  const message = document.getElementById('message');
  let user;

  async function act(button, work, done) {
    try {
      await busy(button, work);
      message.replaceChildren(el('div', { class: 'notice', role: 'status' }, done));
      await load();
    } catch (e) {
      showProblem(message, e, button.form);
    }
  }

  function reviewCard(r) {
    const form = el('form', { class: 'card' });
    const comment = el('textarea', { name: 'comment', rows: 3, cols: 60 });
    const decide = decision => el('button', { type: 'button', class: decision === 'REJECT' ? 'danger' : decision === 'APPROVE' ? '' : 'secondary',
      onclick: ev => act(ev.target, () => call('POST', '/api/requests/' + id + '/review', { decision, comment: comment.value }),
        { APPROVE: 'Approved: the letters are being generated.', REJECT: 'Rejected.', REQUEST_CHANGES: 'The applicant was asked for changes.' }[decision]) },
      { APPROVE: 'Approve', REJECT: 'Reject', REQUEST_CHANGES: 'Ask for changes' }[decision]);
    const mine = r.assignedTo === user.username;
    const holder = r.assignedTo
      ? el('p', { class: 'notice', id: 'assignment' }, mine ? 'You took this request to review it (since ' + date(r.assignedAt) + '). ' :
        'Taken by ' + r.assignedTo + ' since ' + date(r.assignedAt) + ': only they decide on it. ',
        mine || user.role === 'ADMIN' ? el('button', { type: 'button', class: 'secondary', id: 'release',
          onclick: ev => act(ev.target, () => call('DELETE', '/api/requests/' + id + '/assignment'), 'Released: any member of staff can take it.') },
          'Release') : null)
      : el('p', { id: 'assignment' }, el('button', { type: 'button', class: 'secondary', id: 'take',
          onclick: ev => act(ev.target, () => call('POST', '/api/requests/' + id + '/assignment'), 'Taken: the others see that you review it.') },
          'Take it to review'), ' so that no one else reviews it at the same time.');
    form.append(el('h2', {}, 'Review'), holder);
    if (!r.assignedTo || mine) {
      form.append(el('label', {}, 'Comment (required to reject or to ask for changes; the applicant reads it)', comment),
        el('div', { class: 'actions' }, decide('APPROVE'), decide('REQUEST_CHANGES'), decide('REJECT')));
    }
    return form;
  }

  function correctionCard(r, p) {
    const form = el('form', { class: 'card' });
    form.append(el('h2', {}, 'Correct participant ' + p.position), ParticipantForm.render('', p),
      el('div', { class: 'actions' }, el('button', { type: 'submit' }, 'Send the correction')));
    form.addEventListener('submit', ev => {
      ev.preventDefault();
      act(ev.submitter, () => call('PUT', '/api/requests/' + id + '/participants/' + p.id, ParticipantForm.read(form, '')),
        'Correction sent; the details were checked again.');
    });
    return form;
  }

  function pendingCorrectionCard(r, c) {
    const p = r.participants.find(x => x.id === c.participantId) || {};
    const d = c.details;
    const base = '/api/requests/' + id + '/participants/' + c.participantId + '/correction/';
    const mine = c.proposedBy === user.username;
    return el('div', { class: 'card' },
      el('h2', {}, 'Correction waiting for approval: participant ' + p.position),
      el('p', {}, 'Proposed by ' + c.proposedBy + ' on ' + date(c.proposedAt) + '. The issued letter stands until a second'
        + ' member of staff approves; a new version then replaces it.'),
      el('dl', { class: 'kv' },
        el('dt', {}, 'Name'), el('dd', {}, d.familyName + ', ' + d.givenNames),
        el('dt', {}, 'Function'), el('dd', {}, d.function),
        el('dt', {}, 'Born'), el('dd', {}, d.dateOfBirth + ', ' + d.placeOfBirth),
        el('dt', {}, 'Nationality'), el('dd', {}, d.nationality),
        el('dt', {}, 'Passport'), el('dd', {}, d.passport.number + ', ' + d.passport.issuingAuthority + ', '
          + d.passport.issueDate + ' – ' + d.passport.expiryDate)),
      el('div', { class: 'actions' },
        mine ? el('p', { class: 'muted' }, 'You proposed it: another member of staff approves it.')
          : el('button', { type: 'button', onclick: ev => act(ev.target, () => call('POST', base + 'approve'),
            'Correction approved: a new version of the letter is issued.') }, 'Approve correction of participant ' + p.position),
        el('button', { type: 'button', class: 'secondary', onclick: ev => {
          const reason = prompt('Why is this correction discarded?');
          if (reason) act(ev.target, () => call('POST', base + 'discard', { reason }), 'Correction discarded.');
        } }, 'Discard correction of participant ' + p.position)));
  }

  function staffCorrectionCard(r, p) {
    const form = el('form', { class: 'card' });
    const details = el('details', {}, el('summary', {}, 'Correct the details of participant ' + p.position
      + ' (a second member of staff approves before a new letter is issued)'), ParticipantForm.render('', p),
      el('div', { class: 'actions' }, el('button', { type: 'submit' }, 'Propose the correction')));
    form.append(details);
    form.addEventListener('submit', ev => {
      ev.preventDefault();
      act(ev.submitter, () => call('PUT', '/api/requests/' + id + '/participants/' + p.id, ParticipantForm.read(form, '')),
        'Correction proposed; it waits for a second member of staff.');
    });
    return form;
  }

  function participantCard(r, p) {
    if (r.personalDataPurgedAt) {
      return el('div', { class: 'card' }, el('h2', {}, 'Participant ' + p.position + ' ', status(p.status)),
        el('p', { class: 'muted' }, 'Registration ' + p.registrationNumber + '; personal data deleted.'));
    }
    const letter = r.letters.find(l => l.participantId === p.id);
    const staff = user.role === 'TSB_STAFF' || user.role === 'ADMIN';
    return el('div', { class: 'card' },
      el('h2', {}, 'Participant ' + p.position + ': ' + p.familyName + ', ' + p.givenNames + ' ', status(p.status)),
      p.statusReason ? el('p', { class: 'muted' }, p.statusReason) : null,
      el('dl', { class: 'kv' },
        el('dt', {}, 'Function'), el('dd', {}, p.function),
        el('dt', {}, 'Born'), el('dd', {}, p.dateOfBirth + ', ' + p.placeOfBirth),
        el('dt', {}, 'Nationality'), el('dd', {}, p.nationality),
        el('dt', {}, 'Registration'), el('dd', {}, p.registrationNumber),
        el('dt', {}, 'Passport'), el('dd', {}, p.passport.number + ', ' + p.passport.issuingAuthority + ', '
          + p.passport.issueDate + ' – ' + p.passport.expiryDate),
        el('dt', {}, 'Applies at'), el('dd', {}, (p.swissRepresentation.kind === 'EMBASSY' ? 'Embassy' : 'Consulate')
          + ' of Switzerland, ' + p.swissRepresentation.city + ', ' + p.swissRepresentation.country)),
      letter ? el('div', { class: 'actions' },
        el('a', { href: letter.href }, 'Download letter ' + letter.reference + ' (PDF)'),
        staff ? el('button', { type: 'button', class: 'secondary', onclick: ev => {
          const reason = prompt('Why is this letter revoked? The reason stays in the history; the verification page shows only the date.');
          if (reason) act(ev.target, () => call('POST', letter.href + '/revoke', { reason }), 'Letter revoked.');
        } }, 'Revoke letter') : null) : null);
  }

  async function load() {
    const r = await call('GET', '/api/requests/' + id);
    document.title = r.reference + ' – ITU TSB visa assistance';
    const staff = user.role === 'TSB_STAFF' || user.role === 'ADMIN';
    const canWithdraw = (user.role === 'APPLICANT' || staff) && !['LETTER_ISSUED', 'REJECTED', 'WITHDRAWN', 'EXPIRED'].includes(r.status);
    fill(root,
      el('h1', {}, r.reference, ' ', status(r.status), r.escalated ? [' ', status('ESCALATED')] : null),
      el('div', { class: 'card' }, el('dl', { class: 'kv' },
        el('dt', {}, 'Meeting'), el('dd', {}, r.meetingTitle + ' (' + r.meeting + ')'),
        el('dt', {}, 'Entity'), el('dd', {}, r.entityName),
        el('dt', {}, 'Received'), el('dd', {}, date(r.receivedAt) + ' by ' + r.channel.toLowerCase()),
        el('dt', {}, 'Letter language'), el('dd', {}, r.language === 'en' ? 'English' : 'French'),
        el('dt', {}, 'Signatory'), el('dd', {}, r.personalDataPurgedAt ? '(deleted)' : r.signatory.name + ', ' + r.signatory.title)),
        r.personalDataPurgedAt ? el('div', { class: 'notice' }, 'The personal data of this request was deleted on '
          + date(r.personalDataPurgedAt) + ', after the retention period; its decisions and history stay.') : null,
        r.reviewComment && r.status === 'CHANGES_REQUESTED' ? el('div', { class: 'notice' }, 'TSB asks: ' + r.reviewComment) : null,
        canWithdraw ? el('div', { class: 'actions' }, el('button', { type: 'button', class: 'danger', onclick: ev => {
          if (confirm('Withdraw this request? It stays on record.')) act(ev.target, () => call('POST', '/api/requests/' + id + '/withdraw'), 'Request withdrawn.');
        } }, 'Withdraw request')) : null),
      r.corrections.length ? el('div', { class: 'problem' }, el('strong', {}, 'To correct'),
        el('ul', {}, r.corrections.map(c => el('li', {}, 'Participant ' + (r.participants.find(p => p.id === c.participantId) || {}).position + ', ' + c.field + ': ' + c.message)))) : null,
      r.warnings.length ? el('div', { class: 'notice' }, el('strong', {}, 'Warnings'),
        el('ul', {}, r.warnings.map(w => el('li', {}, w.message)))) : null,
      staff && r.status === 'UNDER_REVIEW' ? reviewCard(r) : null,
      r.participants.map(p => participantCard(r, p)),
      r.status === 'CHANGES_REQUESTED' && (user.role === 'APPLICANT' || staff)
        ? r.participants.filter(p => p.status === 'ACTIVE').map(p => correctionCard(r, p)) : null,
      (r.pendingCorrections || []).map(c => pendingCorrectionCard(r, c)),
      staff && r.status === 'LETTER_ISSUED' && !r.personalDataPurgedAt && !r.meetingBegun
        ? r.participants.filter(p => p.status === 'ACTIVE' && !(r.pendingCorrections || []).some(c => c.participantId === p.id))
          .map(p => staffCorrectionCard(r, p)) : null,
      el('h2', {}, 'Decisions'),
      el('table', {}, el('thead', {}, el('tr', {}, ['When', 'Rule', 'Outcome', 'Reason', 'By'].map(h => el('th', {}, h)))),
        el('tbody', {}, r.decisions.map(d => el('tr', {}, el('td', {}, date(d.decidedAt)), el('td', {}, d.rule.replaceAll('_', ' ').toLowerCase()),
          el('td', {}, status(d.outcome)), el('td', {}, d.reason), el('td', {}, d.decidedBy))))),
      el('p', {}, el('a', { href: '/process.html?id=' + id }, 'Where it stands in the process'),
        staff || user.role === 'AUDITOR' ? [' · ', el('a', { href: '/history.html?id=' + id }, 'Full history (audit trail)')] : null));
  }

  try {
    user = await header();
    await load();
  } catch (e) {
    root.replaceChildren();
    showProblem(message, e);
  }
})();
