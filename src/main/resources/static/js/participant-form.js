'use strict';
// The fields of one person, as in the passport; used by the submission and the correction forms.
const ParticipantForm = (() => {
  const { el, t } = App;
  const fields = [
    ['familyName', t('Family name(s) as in the passport'), 'text'],
    ['givenNames', t('Given name(s) as in the passport'), 'text'],
    ['function', t('Function / title'), 'text'],
    ['dateOfBirth', t('Date of birth'), 'date'],
    ['placeOfBirth', t('Place of birth'), 'text'],
    ['nationality', t('Nationality (ISO code, e.g. KE)'), 'text'],
    ['registrationNumber', t('Registration confirmation number'), 'text'],
    ['passport.number', t('Passport number'), 'text'],
    ['passport.issuingAuthority', t('Issuing authority / country'), 'text'],
    ['passport.issueDate', t('Passport issue date'), 'date'],
    ['passport.expiryDate', t('Passport expiry date'), 'date'],
    ['swissRepresentation.city', t('Swiss representation: city'), 'text'],
    ['swissRepresentation.country', t('Swiss representation: country (ISO code)'), 'text'],
  ];

  /** A fieldset whose input names are the API's field paths, prefixed (participants[0].familyName). */
  function render(prefix, values) {
    const v = values || {};
    const get = path => path.split('.').reduce((o, k) => (o == null ? undefined : o[k]), v);
    const kind = el('select', { name: prefix + 'swissRepresentation.kind', required: true },
      ['EMBASSY', 'CONSULATE'].map(k => el('option', { value: k, selected: get('swissRepresentation.kind') === k },
        k === 'EMBASSY' ? t('Embassy') : t('Consulate'))));
    return el('div', { class: 'grid' },
      fields.map(([name, label, type]) => el('label', {}, label,
        el('input', { name: prefix + name, type, required: true,
          value: name === 'passport.number' ? '' : (get(name) ?? ''),
          placeholder: name === 'passport.number' && get(name) ? t('retype the full number ({masked})', { masked: get(name) }) : undefined }))),
      el('label', {}, t('Swiss representation: kind'), kind));
  }

  function read(form, prefix) {
    const value = name => (form.querySelector('[name="' + CSS.escape(prefix + name) + '"]') || {}).value || null;
    return {
      familyName: value('familyName'), givenNames: value('givenNames'), function: value('function'),
      dateOfBirth: value('dateOfBirth'), placeOfBirth: value('placeOfBirth'), nationality: value('nationality'),
      registrationNumber: value('registrationNumber'),
      passport: { number: value('passport.number'), issuingAuthority: value('passport.issuingAuthority'),
        issueDate: value('passport.issueDate'), expiryDate: value('passport.expiryDate') },
      swissRepresentation: { kind: value('swissRepresentation.kind'), city: value('swissRepresentation.city'),
        country: value('swissRepresentation.country') },
    };
  }

  return { render, read };
})();
