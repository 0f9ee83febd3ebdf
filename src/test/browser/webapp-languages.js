'use strict';
/*
 * Camunda's webapps in the browser's language, in a real headless Chromium: for each browser
 * language (QYZMET_LOCALES, default "ru-RU,kk-KZ") a fresh browser opens the login page and then
 * Tasklist (psc.operator, a task with its due date open), Cockpit (process.owner), Admin (demo) and
 * Welcome (psc.operator), and checks on each page:
 *
 *   - the page is in that language: <html lang>, and the login button reads as the app's locale file says;
 *   - Camunda's "migrate to Camunda 8" banner is on the page but not visible;
 *   - Camunda's own text (navigation, buttons, headers, dates) has no English word left, beyond
 *     proper names; nor has the text of Qyzmet's own screens (forms, filter and task names, the SLA
 *     plugin, process names), read apart, beyond the language switch's own names (OURS_ALLOWED);
 *   - Tasklist: the task card's relative due date, read for the Java test to check; standard 2's start
 *     form sent empty shows form-js's messages and the select's placeholder in the language (the
 *     formJs words of the served locale file); the open task names its candidate group, not its id.
 * In the first language's Tasklist the language switch is used: Қазақша, then back.
 *
 * Screenshots and languages-result.json go to QYZMET_ARTIFACTS. The Java test
 * (kz.qyzmet.tasklist.WebappLanguagesBrowserTest) seeds the task and checks the result.
 * Exits non-zero on any failure.
 *
 * Environment: QYZMET_BASE_URL, QYZMET_ARTIFACTS, QYZMET_APPLICANT_NAME, optionally QYZMET_LOCALES,
 * QYZMET_CHROMIUM (default /usr/bin/chromium) and QYZMET_STEP_TIMEOUT_MS (default 30000).
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { required, commonConfig, launch, firstPage, logIn, LOGIN_FORM } = require('./camunda-browser');

const config = {
  ...commonConfig(),
  applicantName: required('QYZMET_APPLICANT_NAME'),
  locales: (process.env.QYZMET_LOCALES || 'ru-RU,kk-KZ').split(',').map((l) => l.trim()).filter(Boolean),
  password: 'demo',
};

/** Standard 2, whose start form the operator sends empty (its name in the start dialog). */
const STANDARD_2 = 'Мемлекеттік базалық зейнетақы төлемін тағайындау';

const APPS = [
  { app: 'tasklist', user: 'psc.operator', ready: '.task-filter' },
  { app: 'cockpit', user: 'process.owner', ready: '.dashboard, [cam-dashboard]' },
  { app: 'admin', user: 'demo', ready: '.dashboard, [cam-dashboard], .page-wrap' },
  { app: 'welcome', user: 'psc.operator', ready: '.webapps, .apps, .page-wrap' },
];

/**
 * Qyzmet's own content inside Camunda's screens, translated elsewhere: forms, filter names, task
 * and process names, the SLA plugin, the language switch (each language names itself), user names.
 */
const OURS = [
  '#qyzmet-language', '.fjs-container', '.fjs-form', '[data-qz-sla]', '.task-filter .name',
  'ol.tasks-list h4', 'ol.tasks-list h6', '.task-details h2', '.task-details h4', '.task-details .names',
  '.processes-dashboard td', '.process-definitions td', 'cam-widget-bpmn-viewer', '[cam-widget-bpmn-viewer]',
  '.bjs-container', '.djs-container', '.navbar-brand', '.user-name', '.app-name', '.login-header',
  '[data-plugin-id="qyzmet-sla"]', '.qz-sla', '.variables td', '.breadcrumb', '.meta .groups a',
  '[cam-widget-header] .account > a', '.user-profile-name', '.user-profile-email',
];

/** Latin words Camunda's text may keep: names, and what is shown on purpose. */
const ALLOWED = new Set(['Qyzmet', 'Camunda', 'Asia', 'Almaty', 'ID', 'BPMN', 'DMN', 'CMMN', 'DRD', 'OK',
  'CSV', 'JSON', 'null', 'Optimize', 'Platform', 'UTC', 'GMT', 'v']);

/**
 * Latin words Qyzmet's own screens may keep: the language switch names English in English (each
 * language names itself), and the demo administrator's name is demo data.
 */
const OURS_ALLOWED = new Set(['Language', 'English', 'Demo', 'Administrator']);

const result = { languages: {}, steps: [] };

function step(description) {
  console.log(`- ${description}`);
  result.steps.push(description);
}

function check(condition, description) {
  if (!condition) {
    throw new Error(`Check failed: ${description}`);
  }
}

/** The page's visible text in two parts: Camunda's own, and Qyzmet's content within it (see OURS). */
function readTexts(ours) {
  const visible = (element) => {
    const style = window.getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return style.display !== 'none' && style.visibility !== 'hidden' && box.width > 0 && box.height > 0;
  };
  const ourNodes = new Set();
  for (const selector of ours) {
    document.querySelectorAll(selector).forEach((element) => ourNodes.add(element));
  }
  const camunda = [];
  const qyzmet = [];
  const attributes = ['placeholder', 'title', 'aria-label'];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.currentNode; node; node = walker.nextNode()) {
    const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
    if (!element || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(element.tagName)) {
      continue;
    }
    let owner = element;
    while (owner && !ourNodes.has(owner)) {
      owner = owner.parentElement;
    }
    const target = owner ? qyzmet : camunda;
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent.replace(/\s+/g, ' ').trim();
      if (text && visible(element)) {
        target.push(text);
      }
    } else if (visible(element)) {
      for (const attribute of attributes) {
        const value = element.getAttribute(attribute);
        if (value && !value.includes('{{')) {
          target.push(value.trim());
        }
      }
      if (element.tagName === 'INPUT' && ['submit', 'button'].includes(element.type) && element.value) {
        target.push(element.value);
      }
    }
  }
  return { camunda, qyzmet };
}

/** Identifiers shown as data (an e-mail address, a group id): recorded apart, never words of the interface. */
const CODE = /@|^[A-Za-z0-9]+([._-][A-Za-z0-9]+)+$/;

/** Latin words (two letters or more, no digits) outside the allow-list, with the text each came from. */
function englishWords(texts, codes = {}) {
  const words = {};
  for (const text of texts) {
    for (const token of text.split(/[^A-Za-z0-9_.@/-]+/)) {
      if (CODE.test(token.replace(/[.]$/, '')) && !/^v?\d/.test(token)) {
        codes[token] = text.slice(0, 120);
        continue;
      }
      for (const word of token.split(/[/.@_-]+/)) {
        if (/^[A-Za-z]{2,}$/.test(word) && !ALLOWED.has(word) && !/[0-9]/.test(token)) {
          words[word] = words[word] || text.slice(0, 120);
        }
      }
    }
  }
  return words;
}

class Language {
  constructor(locale) {
    this.locale = locale;
    this.code = locale.split('-')[0];
    this.result = { locale, pages: {} };
    // English found on a page fails the run at the end, so that one run lists every page's words.
    this.failures = [];
    result.languages[locale] = this.result;
  }

  async open() {
    this.profile = fs.mkdtempSync(path.join(os.tmpdir(), `qyzmet-${this.code}-`));
    this.context = await launch(config, this.profile, { width: 1400, height: 900 }, this.locale);
    this.page = await firstPage(this.context);
    this.page.on('pageerror', (error) => console.log(`[${this.locale}] page error: ${error.message}`));
    this.page.on('response', (response) => {
      if (response.status() >= 400 && !response.url().includes('/api/admin/auth/user/default')) {
        console.log(`[${this.locale}] HTTP ${response.status()} ${response.request().method()} ${response.url()}`);
      }
    });
    return this;
  }

  async close() {
    if (this.context) {
      await this.context.close().catch(() => {});
    }
    if (this.profile) {
      fs.rmSync(this.profile, { recursive: true, force: true });
    }
  }

  async shot(name) {
    const file = `${this.code}-${name}.png`;
    await this.page.screenshot({ path: path.join(config.artifacts, file) });
    return file;
  }

  /** The app's locale file in the language the page should show, as the server serves it. */
  async localeFile(app, code = this.code) {
    const response = await this.page.request.get(`${config.baseUrl}/camunda/app/${app}/locales/${code}.json`);
    check(response.ok(), `${app}/locales/${code}.json is served (HTTP ${response.status()})`);
    return response.json();
  }

  /** The app's labels in the language the page should show, as the server serves them. */
  async labels(app, code = this.code) {
    return (await this.localeFile(app, code)).labels;
  }

  /** Reads the page as it is now and checks its language, the banner and Camunda's text. */
  async readPage(app, name) {
    const labels = await this.labels(app);
    await this.page.waitForLoadState('networkidle');
    const lang = await this.page.evaluate(() => document.documentElement.lang);
    check(lang === this.code, `${app} ${name}: <html lang="${lang}"> is ${this.code}`);
    const banner = this.page.locator('.ce-eol-banner');
    const banners = await banner.count();
    for (let i = 0; i < banners; i += 1) {
      check(!(await banner.nth(i).isVisible()), `${app} ${name}: Camunda's migration banner is not visible`);
    }
    const texts = await this.page.evaluate(readTexts, OURS);
    const codes = {};
    const english = englishWords(texts.camunda, codes);
    const page = {
      screenshot: await this.shot(`${app}-${name}`),
      banners,
      camundaText: texts.camunda.join(' | ').slice(0, 4000),
      englishInCamunda: english,
      englishInQyzmet: englishWords(texts.qyzmet, codes),
      codesShown: codes,
    };
    this.result.pages[`${app}-${name}`] = page;
    if (Object.keys(english).length > 0) {
      this.failures.push(`${app} ${name} in ${this.locale}: English in Camunda's text: ${JSON.stringify(english)}`);
    }
    const oursEnglish = Object.fromEntries(Object.entries(page.englishInQyzmet)
      .filter(([word]) => !OURS_ALLOWED.has(word)));
    if (Object.keys(oursEnglish).length > 0) {
      this.failures.push(`${app} ${name} in ${this.locale}: English in Qyzmet's screens: ${JSON.stringify(oursEnglish)}`);
    }
    return { page, labels };
  }

  /** Logs in (camunda-browser's logIn), checking on the filled form that the button reads as the app's locale says. */
  async logIn(app, user) {
    const labels = await this.labels(app);
    await logIn(this.page, `${config.baseUrl}/camunda/app/${app}/default/`, user, config.password, async () => {
      const buttonText = (await this.page.locator(`${LOGIN_FORM} button[type="submit"]`).innerText()).trim();
      check(buttonText === labels.PAGE_LOGIN_SIGN_IN_ACTION,
        `${app} login button reads "${labels.PAGE_LOGIN_SIGN_IN_ACTION}" (${this.code}.json), not "${buttonText}"`);
      if (app === 'tasklist') {
        await this.readPage(app, 'login');
      }
    });
  }

  /** Tasklist: finds the seeded task in one of the operator's filters and opens it. */
  async openSeededTask() {
    const applicant = config.applicantName.split(/\s+/)[0];
    const filters = this.page.locator('.task-filter .name a');
    const count = await filters.count();
    for (let i = 0; i < count; i += 1) {
      await filters.nth(i).click();
      await this.page.waitForFunction((index) => {
        const filter = document.querySelectorAll('.task-filter')[index];
        return filter && filter.classList.contains('active');
      }, i);
      await this.page.waitForLoadState('networkidle');
      // The list is loaded when either its cards or its "no task" note are there.
      await this.page.locator('ol.tasks-list > li.task, section.tasks-list .well:visible').first().waitFor();
      const card = this.page.locator('ol.tasks-list > li.task', { has: this.page.locator('h4', { hasText: applicant }) });
      if (await card.count() > 0) {
        const due = (await card.first().locator('.due-date').innerText()).replace(/\s+/g, ' ').trim();
        this.result.taskCardDue = due;
        this.result.taskCardDueTooltip = await card.first().locator('.due-date [uib-tooltip]').getAttribute('uib-tooltip');
        await card.first().locator('h4 a').click();
        await this.page.locator('.task-details h2').waitFor();
        await this.page.locator('.task-details .fjs-form').waitFor().catch(() => {});
        await this.page.waitForLoadState('networkidle');
        return;
      }
    }
    throw new Error(`No filter of psc.operator shows the task of ${config.applicantName}`);
  }

  /**
   * Tasklist: standard 2's start form, sent empty. form-js's own words (its validation messages, the
   * select's placeholder) read as formJs.texts of the served locale file says, and no English is left.
   */
  async sendTheStartFormEmpty() {
    const file = await this.localeFile('tasklist');
    const labels = file.labels;
    const words = file.formJs.texts;
    await this.page.getByText(labels.START_PROCESS, { exact: true }).click();
    const modal = this.page.locator('.modal-content');
    await modal.locator('ul.processes a').first().waitFor();
    await modal.getByPlaceholder(labels.SEARCH_PROCESS_BY_NAME).fill(STANDARD_2);
    await this.page.waitForFunction((name) => {
      const links = [...document.querySelectorAll('.modal-content ul.processes a')];
      return links.length === 1 && links[0].textContent.includes(name);
    }, STANDARD_2);
    await modal.locator('ul.processes a', { hasText: STANDARD_2 }).click();
    await modal.locator('.fjs-form').waitFor();
    await modal.getByRole('button', { name: labels.START, exact: true }).click();
    await modal.locator('.fjs-form-field-error').first().waitFor();
    // The translation follows form-js's rendering; wait until no message is form-js's English.
    await this.page.waitForFunction((english) => [...document.querySelectorAll('.modal-content .fjs-form-field-error li')]
      .every((li) => li.textContent.trim() !== english), 'Field is required.').catch(() => {});
    const errors = (await modal.locator('.fjs-form-field-error li').allInnerTexts()).map((e) => e.trim());
    const selects = await modal.locator('.fjs-select-display.fjs-select-placeholder').allInnerTexts();
    this.result.startFormErrors = errors;
    this.result.startFormSelects = selects.map((e) => e.trim());
    check(errors.length > 0 && errors.every((error) => error === words['Field is required.']),
      `the empty start form says "${words['Field is required.']}" at every required field (saw ${JSON.stringify(errors)})`);
    check(selects.every((select) => select.trim() === words.Select),
      `an empty select reads "${words.Select}" (saw ${JSON.stringify(selects)})`);
    await this.readPage('tasklist', 'start-form-sent-empty');
    await this.page.keyboard.press('Escape');
    await modal.waitFor({ state: 'detached' });
  }

  /** Tasklist: the open task names its candidate group, never the group's id. */
  async readTheTasksGroups() {
    const groups = (await this.page.locator('.task-details .meta .groups a').first().innerText()).replace(/\s+/g, ' ').trim();
    this.result.taskGroups = groups;
    const codes = {};
    englishWords([groups], codes);
    check(Object.keys(codes).length === 0 && !/[A-Za-z]/.test(groups),
      `the task's candidate group is named, not given by its id (saw "${groups}")`);
  }

  /** The language switch: Қазақша reloads the page in Kazakh; Русский brings Russian back. */
  async useTheSwitch() {
    const other = this.code === 'kk' ? 'ru' : 'kk';
    const switchLink = (code) => this.page.locator(`#qyzmet-language a[data-language="${code}"]`);
    check(await switchLink(other).isVisible(), 'the language switch is on the page');
    await switchLink(other).click();
    await this.page.waitForFunction((code) => document.documentElement.lang === code, other);
    await this.page.locator('.task-filter').first().waitFor();
    const otherLabels = await this.labels('tasklist', other);
    await this.page.waitForLoadState('networkidle');
    const header = (await this.page.locator('[cam-widget-header]').innerText()).replace(/\s+/g, ' ');
    this.result.switchedTo = { code: other, header };
    await this.shot(`tasklist-switched-to-${other}`);
    check(header.includes(otherLabels.CAM_WIDGET_HEADER_SIGN_OUT) || header.includes(otherLabels.TASKS)
      || (await this.page.locator('body').innerText()).includes(otherLabels.FILTERS),
    `after the switch the page is in ${other}`);
    await switchLink(this.code).click();
    await this.page.waitForFunction((code) => document.documentElement.lang === code, this.code);
    await this.page.locator('.task-filter').first().waitFor();
  }

  async logOut() {
    await this.page.context().clearCookies();
  }

  async visitAll(first) {
    for (const { app, user, ready } of APPS) {
      step(`${this.locale}: ${app} as ${user}`);
      await this.logOut();
      await this.logIn(app, user);
      await this.page.locator(ready).first().waitFor();
      if (app === 'cockpit') {
        // Qyzmet's SLA section on the dashboard, loaded, so that its English words are read too.
        await this.page.locator('[data-qz-sla-loaded]').first().waitFor().catch(() => {});
      }
      if (app === 'tasklist') {
        await this.sendTheStartFormEmpty();
        await this.openSeededTask();
        await this.readTheTasksGroups();
        if (first) {
          await this.useTheSwitch();
          await this.openSeededTask();
        }
      }
      await this.readPage(app, 'start');
    }
    check(this.failures.length === 0, this.failures.join('\n'));
  }
}

async function main() {
  fs.mkdirSync(config.artifacts, { recursive: true });
  let ok = true;
  for (const [index, locale] of config.locales.entries()) {
    const language = new Language(locale);
    try {
      await language.open();
      await language.visitAll(index === 0);
    } catch (error) {
      ok = false;
      language.result.error = String(error && error.stack ? error.stack : error);
      console.error(language.result.error);
      if (language.page) {
        await language.shot('failure').catch(() => {});
      }
    } finally {
      await language.close();
    }
  }
  result.passed = ok;
  fs.writeFileSync(path.join(config.artifacts, 'languages-result.json'), JSON.stringify(result, null, 2));
  process.exit(ok ? 0 : 1);
}

main();
