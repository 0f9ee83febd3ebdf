/*
 * Qyzmet: the language of Camunda's webapps (Tasklist, Cockpit, Admin, Welcome), imported by each
 * app's scripts/config.js before the app starts, and the switch Қазақша · Русский · English.
 *
 * The language is the one chosen with the switch (kept in this browser), else the browser's first
 * language when it is Kazakh, Russian or English (kk-KZ -> kk, ru-RU -> ru, en-* -> en), else
 * Russian: every civil servant reads it, beside Kazakh, the state language.
 *
 * config.js offers Camunda that one language only, as both its language and its fallback. Offered
 * several, Camunda loads the fallback's file beside the chosen one, and each file makes its own
 * language moment's global one: whichever arrives last decides every date on the page (English
 * labels with Russian dates, Kazakh with Russian). Every label is in every file (WebappLocalesTest),
 * so no fallback is needed.
 */
export const LANGUAGES = ['kk', 'ru', 'en'];
export const FALLBACK = 'ru';
const NAMES = { kk: 'Қазақша', ru: 'Русский', en: 'English' };
const KEY = 'qyzmet.language';

function stored() {
  try {
    const code = window.localStorage.getItem(KEY);
    return LANGUAGES.includes(code) ? code : null;
  } catch (e) {
    return null;
  }
}

function browsers() {
  const first = ((window.navigator.languages && window.navigator.languages[0]) || window.navigator.language || '')
    .split('-')[0].toLowerCase();
  return LANGUAGES.includes(first) ? first : null;
}

export const language = stored() || browsers() || FALLBACK;

function render() {
  if (document.getElementById('qyzmet-language')) {
    return;
  }
  document.documentElement.setAttribute('lang', language);
  const nav = document.createElement('nav');
  nav.id = 'qyzmet-language';
  nav.setAttribute('aria-label', 'Тіл / Язык / Language');
  nav.style.cssText = 'position:fixed;left:50%;transform:translateX(-50%);bottom:4px;z-index:2000;font-size:12px;'
    + 'line-height:18px;background:rgba(255,255,255,.92);padding:0 6px;border-radius:3px;';
  LANGUAGES.forEach((code, index) => {
    if (index > 0) {
      nav.appendChild(document.createTextNode(' · '));
    }
    const link = document.createElement('a');
    link.href = '#';
    link.lang = code;
    link.dataset.language = code;
    link.textContent = NAMES[code];
    if (code === language) {
      link.setAttribute('aria-current', 'true');
      link.style.fontWeight = 'bold';
      link.style.color = 'inherit';
    }
    link.addEventListener('click', (event) => {
      event.preventDefault();
      try {
        window.localStorage.setItem(KEY, code);
      } catch (e) {
        return;
      }
      window.location.reload();
    });
    nav.appendChild(link);
  });
  document.body.appendChild(nav);
}

if (document.body) {
  render();
} else {
  document.addEventListener('DOMContentLoaded', render);
}
