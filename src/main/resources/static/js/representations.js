// The Swiss representations TSB keeps, as the person forms offer them: picked from a list (narrowed to the
// person's nationality once chosen), their kind, city and country following the one picked.
'use strict';

const Representations = (() => {
  function name(r) {
    return I18n.lang === 'fr' && r.nameFr ? r.nameFr : r.name;
  }

  /** The list's options, for the forms' valuesKey "representations". */
  function options(list) {
    return list.filter(r => r.active).map(r => ({ value: r.id, label: name(r) + ' (' + (I18n.lang === 'fr' && r.cityFr ? r.cityFr : r.city) + ')' }));
  }

  /** Listeners for the person forms' inputs: narrowing by nationality, and the picked one's details filled in. */
  function listeners(list) {
    const byId = id => list.find(r => String(r.id) === String(id));
    const sibling = (input, from, to) => input.form && input.form.querySelector('[name="' + CSS.escape(input.name.slice(0, -from.length) + to) + '"]');
    const narrow = (nationality, select) => {
      if (!select) return;
      for (const option of select.options) {
        const r = byId(option.value);
        option.hidden = !!(r && nationality.value && r.country !== nationality.value && option.value !== select.value);
      }
    };
    return {
      id: select => select.addEventListener('change', () => {
        const r = byId(select.value);
        if (!r) return;
        for (const [key, value] of [['kind', r.kind], ['city', r.city], ['country', r.country]]) {
          const input = sibling(select, 'id', key);
          if (input) input.value = value;
        }
      }),
      nationality: select => {
        const apply = () => narrow(select, sibling(select, 'nationality', 'swissRepresentation.id'));
        select.addEventListener('change', apply);
        setTimeout(apply);
      },
    };
  }

  return { options, listeners };
})();
