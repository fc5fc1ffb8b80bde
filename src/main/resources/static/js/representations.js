// The Swiss representations TSB keeps, as the person forms offer them: picked from a list (narrowed to the
// person's nationality once chosen), their kind, city and country following the one picked.
'use strict';

const Representations = (() => {
  function name(r) {
    return I18n.lang === 'fr' && r.nameFr ? r.nameFr : r.name;
  }

  /** The list's options, for the forms' valuesKey "representations" (each with its country, to narrow the list). */
  function options(list) {
    return list.filter(r => r.active).map(r => ({ value: r.id, country: r.country,
      label: name(r) + ' (' + (I18n.lang === 'fr' && r.cityFr ? r.cityFr : r.city) + ')' }));
  }

  /**
   * The browser's drawing of a person form: the representations offered are those of the person's nationality
   * (and the one already picked), all of them until it is chosen. The deployed form keeps its valuesKey.
   */
  function adapt(component) {
    if (component.valuesKey !== 'representations') return;
    delete component.valuesKey;
    component.valuesExpression = '=if this.nationality = null then representations'
      + ' else representations[country = this.nationality or value = this.swissRepresentation.id]';
  }

  /** A person's details once a representation is picked in them: its kind, city and country follow it. */
  function follow(list, before, now) {
    const picked = now && now.swissRepresentation && now.swissRepresentation.id;
    const was = before && before.swissRepresentation && before.swissRepresentation.id;
    const r = picked !== was && list.find(x => String(x.id) === String(picked));
    if (!r) return now;
    return { ...now, swissRepresentation: { ...now.swissRepresentation, kind: r.kind, city: r.city, country: r.country } };
  }

  return { options, adapt, follow };
})();
