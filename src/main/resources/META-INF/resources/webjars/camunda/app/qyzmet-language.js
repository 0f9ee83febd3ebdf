/*
 * Qyzmet: the language switch of Camunda's webapps (Tasklist, Cockpit, Admin, Welcome), loaded by
 * each app's scripts/config.js as a custom script, before the app starts.
 *
 * Camunda picks the language from the browser's first language (navigator.languages[0]) and has no
 * switch of its own. A choice made here is kept in this browser (localStorage) and handed to
 * Camunda as that first language; without a choice the browser's language decides, as before.
 */
const LANGUAGES = [
  { code: 'kk', name: 'Қазақша' },
  { code: 'ru', name: 'Русский' },
  { code: 'en', name: 'English' },
];
const KEY = 'qyzmet.language';
const FALLBACK = 'ru';

function stored() {
  try {
    const code = window.localStorage.getItem(KEY);
    return LANGUAGES.some((language) => language.code === code) ? code : null;
  } catch (e) {
    return null;
  }
}

const chosen = stored();
if (chosen) {
  Object.defineProperty(window.navigator, 'languages', { configurable: true, get: () => [chosen] });
  Object.defineProperty(window.navigator, 'language', { configurable: true, get: () => chosen });
}

/** The language Camunda will show: the same rule as its own (first language, else the fallback). */
function current() {
  const first = ((window.navigator.languages && window.navigator.languages[0]) || window.navigator.language || '')
    .split('-')[0].toLowerCase();
  return LANGUAGES.some((language) => language.code === first) ? first : FALLBACK;
}

function render() {
  if (document.getElementById('qyzmet-language')) {
    return;
  }
  const active = current();
  document.documentElement.setAttribute('lang', active);
  const nav = document.createElement('nav');
  nav.id = 'qyzmet-language';
  nav.setAttribute('aria-label', 'Тіл / Язык / Language');
  nav.style.cssText = 'position:fixed;left:50%;transform:translateX(-50%);bottom:4px;z-index:2000;font-size:12px;line-height:18px;'
    + 'background:rgba(255,255,255,.92);padding:0 6px;border-radius:3px;';
  LANGUAGES.forEach((language, index) => {
    if (index > 0) {
      nav.appendChild(document.createTextNode(' · '));
    }
    const link = document.createElement('a');
    link.href = '#';
    link.lang = language.code;
    link.dataset.language = language.code;
    link.textContent = language.name;
    if (language.code === active) {
      link.setAttribute('aria-current', 'true');
      link.style.fontWeight = 'bold';
      link.style.color = 'inherit';
    }
    link.addEventListener('click', (event) => {
      event.preventDefault();
      try {
        window.localStorage.setItem(KEY, language.code);
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

export default [];
