/*
 * Qyzmet: this file replaces Camunda's own app/tasklist/scripts/config.js (camunda-webapp-webjar 7.24.0,
 * Apache License 2.0) through the webjar override path on our classpath; the jar is not patched.
 * Options are those of the shipped file. Languages: README.md, "Languages".
 */
import { language } from '../../qyzmet-language.js';

// Camunda's index.html asks RequireJS to wait for plugin scripts as long as they take
// (window.require = { waitSeconds: 0 }), but the 7.24 bundles replace window.require with their own
// RequireJS, which keeps its 7-second limit: on a busy server the first page stayed blank ("Load
// timeout for modules: tasklist-plugin-tasklistPlugins/plugin"). This file is read after that
// replacement and before the plugins load, so it gives RequireJS back the page's setting.
if (window.require && typeof window.require.config === 'function') {
  window.require.config({ waitSeconds: 0 });
}

export default {
  // One language, chosen in qyzmet-language.js (the switch, else the browser's, else Russian).
  locales: {
    availableLocales: [language],
    fallbackLocale: language
  },
  // Camunda Forms' own words (form-js) in the same language: scripts/qyzmet-forms.js.
  customScripts: ['scripts/qyzmet-forms.js'],
  app: {
    vendor: 'Qyzmet',
    name: 'Тапсырмалар / Задачи'
  },
  dateFormat: {
    normal: 'LLL',
    long: 'LLLL'
  },
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'Таңдалған тапсырманы жұмысқа алу / Взять выбранную задачу в работу'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'Бірінші сүзгіге өту / Перейти к первому фильтру'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'Тізімдегі бірінші тапсырмаға өту / Перейти к первой задаче в списке'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'Тапсырма формасының бірінші өрісіне өту / Перейти к первому полю формы задачи'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'Процесті бастау терезесін ашу / Открыть окно запуска процесса'
    }
  }
};
