// A step's Camunda Form (forms/, as deployed with the process: GET /api/forms/{step}) drawn by bpmn.io's
// form-js viewer. form-js 1.23 has no translation of its own: the schema's texts (labels, descriptions,
// option labels) are put in the page's language before it is imported, and its validator's messages after.
// The server checks the same deployed form again; its field errors are shown on the fields form-js drew.
'use strict';

const StepForm = (() => {
  const { t } = App;
  const TEXTS = ['label', 'description', 'text', 'dateLabel', 'timeLabel'];

  /** The schema with its texts in the reader's language (the form's own words are English). */
  function translated(schema) {
    const copy = JSON.parse(JSON.stringify(schema));
    const walk = components => (components || []).forEach(c => {
      TEXTS.forEach(k => { if (typeof c[k] === 'string' && c[k]) c[k] = t(c[k]); });
      (c.values || []).forEach(v => { if (typeof v.label === 'string') v.label = t(v.label); });
      walk(c.components);
    });
    walk(copy.components);
    return copy;
  }

  /** form-js's validation messages, worded as ours ("Field is required." → "est obligatoire"). */
  function ourMessage(message) {
    const m = /^Field must have (maximum|minimum) length of (\d+)\.$/.exec(message);
    if (m) return t(m[1] === 'maximum' ? 'must be at most {n} characters' : 'must be at least {n} characters', { n: m[2] });
    return t(message === 'Field is required.' ? 'is required' : message);
  }

  /**
   * Draws the form in the container; onSubmit gets the typed data once form-js's own checks pass.
   * Returns { form, showErrors(problem, prefix) }: the server's field errors (named by the API's paths)
   * shown on the fields of those keys, focus on the first.
   */
  async function draw(container, schema, data, onSubmit) {
    const form = new FormViewer.Form({ container });
    await form.importSchema(translated(schema), data || {});
    const validator = form.get('validator');
    const check = validator.validateFieldInstance.bind(validator);
    validator.validateFieldInstance = (field, value) => check(field, value).map(ourMessage);
    form.on('submit', event => {
      if (Object.keys(event.errors || {}).length === 0) onSubmit(event.data);
    });
    const idOfKey = {};
    (schema.components || []).forEach(c => { if (c.key) idOfKey[c.key] = c.id; });
    function showErrors(problem, prefix) {
      const errors = {};
      ((problem && problem.errors) || []).forEach(e => {
        const key = prefix && e.field.startsWith(prefix) ? e.field.slice(prefix.length) : e.field;
        if (idOfKey[key]) (errors[idOfKey[key]] = errors[idOfKey[key]] || []).push(e.message);
      });
      form._setState({ errors });
      // once form-js has drawn the errors (it renders on the next frame): focus on the first field to correct
      requestAnimationFrame(() => setTimeout(() => {
        const first = container.querySelector('.fjs-has-errors input, .fjs-has-errors textarea, .fjs-has-errors select,'
          + ' [aria-invalid="true"]');
        if (first) first.focus();
      }, 0));
      return Object.keys(errors).length;
    }
    return { form, showErrors };
  }

  return { draw };
})();
