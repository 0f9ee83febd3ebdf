/*
 * Qyzmet: Camunda Forms (form-js, bundled in Camunda's lib/deps.js) in the worker's language. form-js
 * writes its own words in English and has no translation of its own: the validation messages
 * ("Field is required."), the select's "Select", "Search", "No results", the tag list's and the table's
 * words, the date picker's months and weekdays. Tasklist loads this file (config.js, customScripts);
 * it watches the forms it renders and puts the words of the language chosen in qyzmet-language.js in
 * their place. English stays English.
 *
 * The words are the "formJs" part of the app's own locales/kk.json and locales/ru.json:
 *   texts       English text -> translation; {1}, {2} stand for what form-js puts in (a number, a
 *               column's name) and come back where the translation names them. A pattern's
 *               message names no regular expression: "Неверный формат".
 *   dateLetters the letters of the date field's placeholder (dd.mm.yyyy, from the browser's locale).
 *   flatpickr   the date picker's locale (flatpickr's own option), set on each picker form-js opens.
 * WebappLocalesTest checks that every English text of form-js's viewer in the shipped deps.js has its
 * translation in both files.
 *
 * Only the page is changed, never a field's value: what the worker typed is sent as typed.
 */
import { language } from '../../qyzmet-language.js';

const FORM = '.fjs-container';
const ATTRIBUTES = ['placeholder', 'title', 'aria-label', 'alt'];
const DATE_PLACEHOLDER = /^[dmy]+([./ -][dmy]+)+$/;

const normal = (text) => text.replace(/\s+/g, ' ').trim();

/** The table as exact texts and as patterns for the texts with {n} slots. */
function compile(texts) {
  const exact = new Map();
  const patterns = [];
  for (const [english, translated] of Object.entries(texts)) {
    const key = normal(english);
    if (!/\{\d+}/.test(key)) {
      exact.set(key, translated);
      continue;
    }
    const slots = [];
    const source = key.split(/(\{\d+})/).map((part) => {
      const slot = /^\{(\d+)}$/.exec(part);
      if (slot) {
        slots.push(Number(slot[1]));
        return '(.*?)';
      }
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }).join('');
    patterns.push({ regex: new RegExp(`^${source}$`), slots, translated });
  }
  return { exact, patterns };
}

function translator(table) {
  const { exact, patterns } = compile(table.texts || {});
  const letters = table.dateLetters || {};
  return (text) => {
    const key = normal(text);
    if (!key) {
      return null;
    }
    if (exact.has(key)) {
      return exact.get(key);
    }
    for (const { regex, slots, translated } of patterns) {
      const match = regex.exec(key);
      if (match) {
        return translated.replace(/\{(\d+)}/g, (all, n) => {
          const index = slots.indexOf(Number(n));
          return index < 0 ? all : match[index + 1];
        });
      }
    }
    if (DATE_PLACEHOLDER.test(key)) {
      return key.replace(/[dmy]/g, (letter) => letters[letter] || letter);
    }
    return null;
  };
}

function start(table) {
  const translate = translator(table);
  const pickerLocale = table.flatpickr;

  const textNode = (node) => {
    const translated = translate(node.data);
    if (translated !== null && normal(node.data) !== translated) {
      // Keep the blanks around the words ("1 of 3" is three text nodes).
      const [, before, , after] = /^(\s*)([\s\S]*?)(\s*)$/.exec(node.data);
      node.data = before + translated + after;
    }
  };

  const element = (el) => {
    for (const name of ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value) {
        const translated = translate(value);
        if (translated !== null && translated !== value) {
          el.setAttribute(name, translated);
        }
      }
    }
    // The date picker form-js made for this input (flatpickr keeps it on the input).
    const picker = el._flatpickr;
    if (pickerLocale && picker && picker.config && picker.config.locale !== pickerLocale) {
      picker.set('locale', pickerLocale);
    }
  };

  const walk = (root) => {
    if (root.nodeType === Node.TEXT_NODE) {
      textNode(root);
      return;
    }
    if (root.nodeType !== Node.ELEMENT_NODE) {
      return;
    }
    element(root);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) {
        textNode(node);
      } else if (!['SCRIPT', 'STYLE'].includes(node.tagName)) {
        element(node);
      }
    }
  };

  const inForm = (node) => {
    const el = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    return el && (el.matches(FORM) || el.closest(FORM) || el.querySelector(FORM)) ? el : null;
  };

  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'characterData') {
        if (inForm(mutation.target)) {
          textNode(mutation.target);
        }
      } else if (mutation.type === 'attributes') {
        if (inForm(mutation.target)) {
          element(mutation.target);
        }
      } else {
        for (const added of mutation.addedNodes) {
          const el = inForm(added);
          if (!el) {
            continue;
          }
          if (el.matches(FORM) || el.closest(FORM)) {
            walk(added);
          } else {
            el.querySelectorAll(FORM).forEach(walk);
          }
        }
      }
    }
  });
  observer.observe(document.body, {
    subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ATTRIBUTES,
  });
  document.querySelectorAll(FORM).forEach(walk);
  document.documentElement.dataset.qyzmetForms = language;
}

if (language !== 'en') {
  const url = new URL(`../locales/${language}.json`, import.meta.url);
  fetch(url, { credentials: 'same-origin' })
    .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`HTTP ${response.status}`))))
    .then((file) => {
      const table = file.formJs;
      if (!table) {
        throw new Error('no "formJs" part');
      }
      const run = () => start(table);
      if (document.body) {
        run();
      } else {
        document.addEventListener('DOMContentLoaded', run);
      }
    })
    .catch((error) => console.error(`Qyzmet: the words of the forms in ${language} could not be loaded from ${url}:`, error));
}
