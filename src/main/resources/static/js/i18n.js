// The pages' words in English and French. The reader picks the language (the switch in every page's header,
// kept in this browser); the first guess is the browser's language. Texts are written in English in the pages
// and the scripts, and t() gives the French for them; texts with a code (status.UNDER_REVIEW) have words in
// both. Every answer of the API comes in the same language (Accept-Language).
'use strict';

const I18n = (() => {
  const KEY = 'visa.lang';
  const stored = (() => { try { return localStorage.getItem(KEY); } catch (e) { return null; } })();
  const guessed = (navigator.languages || [navigator.language || 'en']).some(l => /^fr\b/i.test(l))
    && !(navigator.languages || []).slice(0, 1).some(l => /^en\b/i.test(l)) ? 'fr' : 'en';
  const lang = stored === 'fr' || stored === 'en' ? stored : guessed;
  const missing = new Set();
  document.documentElement.lang = lang;
  // links the browser opens itself (a PDF, a CSV) carry no Accept-Language of ours: the server reads this
  document.cookie = KEY + '=' + lang + ';path=/;SameSite=Lax';

  /** The words for an English text (or a code), its {name} parameters filled in. */
  function t(text, params) {
    let words = (lang === 'fr' ? FRENCH[text] : ENGLISH[text]);
    if (words === undefined) {
      if (lang === 'fr' || /^[a-z]+\.[A-Z_]+$/.test(text)) missing.add(text);
      words = /^[a-z]+\.[A-Z_]+$/.test(text) ? text.slice(text.indexOf('.') + 1).replaceAll('_', ' ').toLowerCase() : text;
    }
    return params ? words.replace(/\{(\w+)\}/g, (m, k) => (params[k] === undefined || params[k] === null ? '' : String(params[k]))) : words;
  }

  /** Whether a code (field.passport.number) has words in the reader's language. */
  function has(code) {
    return (lang === 'fr' ? FRENCH[code] : ENGLISH[code]) !== undefined;
  }

  /**
   * The words for a count, by the language's plural rules (Intl.PluralRules: in French 0 and 1 are singular):
   * {@code one} when the rules say so, else {@code other}; both already worded with t().
   */
  function plural(n, one, other) {
    return new Intl.PluralRules(lang === 'fr' ? 'fr-FR' : 'en-GB').select(Number(n)) === 'one' ? one : other;
  }

  /** A number the language's way (31.9 in English, 31,9 in French), with this many decimals. */
  function number(n, decimals = 0) {
    return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { minimumFractionDigits: decimals,
      maximumFractionDigits: decimals }).format(n);
  }

  /** The static texts of a page (text, labels' text, placeholders, titles) in the reader's language. */
  function translate(root) {
    if (lang === 'en') return;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    for (const node of nodes) {
      if (node.parentElement && /^(SCRIPT|STYLE)$/.test(node.parentElement.tagName)) continue;
      const text = node.nodeValue.replace(/\s+/g, ' ').trim();
      if (!text || !/[A-Za-z]/.test(text)) continue;
      const lead = node.nodeValue.match(/^\s*/)[0], trail = node.nodeValue.match(/\s*$/)[0];
      node.nodeValue = lead + t(text) + trail;
    }
    for (const attr of ['placeholder', 'title', 'aria-label']) {
      root.querySelectorAll('[' + attr + ']').forEach(n => n.setAttribute(attr, t(n.getAttribute(attr))));
    }
    document.title = document.title.split(' – ').map(part => t(part)).join(' – ');
  }

  function choose(chosen) {
    try { localStorage.setItem(KEY, chosen); } catch (e) { /* private mode: for this page only */ }
    location.reload();
  }

  /** The switch: the other language, named in itself. */
  function switcher() {
    const other = lang === 'fr' ? 'en' : 'fr';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'secondary lang';
    button.id = 'language';
    button.lang = other;
    button.textContent = other === 'fr' ? 'Français' : 'English';
    button.title = other === 'fr' ? 'Lire en français' : 'Read in English';
    button.addEventListener('click', () => choose(other));
    return button;
  }

  /** A calendar day (2010-06-14) the reader's way: 14 June 2010, 14 juin 2010. */
  function day(iso) {
    if (!iso) return '';
    const [y, m, d] = iso.split('-').map(Number);
    if (!y || !m || !d) return iso;
    const text = new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(lang === 'fr' ? 'fr-CH' : 'en-GB',
      { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    return lang === 'fr' && d === 1 ? text.replace(/^1 /, '1er ') : text;
  }

  /** An instant in Geneva time, the reader's way. */
  function instant(iso, seconds) {
    if (!iso) return '';
    const d = new Date(iso);
    return isNaN(d) ? iso : d.toLocaleString(lang === 'fr' ? 'fr-CH' : 'en-GB', { day: 'numeric', month: 'long',
      year: 'numeric', hour: '2-digit', minute: '2-digit', second: seconds ? '2-digit' : undefined, timeZone: 'Europe/Zurich' });
  }

  return { lang, t, has, plural, number, translate, switcher, day, instant, missing };
})();
