/*
 * Qyzmet: this file replaces Camunda's own app/welcome/scripts/config.js (camunda-webapp-webjar 7.24.0,
 * Apache License 2.0) through the webjar override path on our classpath; the jar is not patched.
 * Options are those of the shipped file. Languages: README.md, "Languages".
 */

export default {
  // The language is the browser's first language when it is one of these (kk-KZ -> kk, ru-RU -> ru,
  // en-* -> en), else the fallback, which is also what a label missing from kk.json falls back to.
  // Russian, not English: every civil servant reads it, and Kazakh is the state language beside it.
  locales: {
    availableLocales: ['kk', 'ru', 'en'],
    fallbackLocale: 'ru'
  },
  app: {
    vendor: 'Qyzmet',
    name: 'Басты бет / Главная'
  },
  // The language switch (Қазақша · Русский · English) shown on every page, login included.
  customScripts: ['../qyzmet-language'],
  dateFormat: {
    normal: 'LLL',
    long: 'LLLL'
  }
};
