'use strict';
/*
 * What the browser scripts of this folder share: the environment every script reads, Debian's
 * headless Chromium with a fresh profile, and the login form of Camunda's webapps.
 *
 * Environment: QYZMET_BASE_URL (e.g. http://localhost:8080), QYZMET_ARTIFACTS (a directory),
 * optionally QYZMET_CHROMIUM (default /usr/bin/chromium), QYZMET_LOCALE (the browser's language, default
 * en-GB) and QYZMET_STEP_TIMEOUT_MS (default 30000).
 */
const { chromium } = require('playwright-core');

function required(name) {
  const value = process.env[name];
  if (!value) {
    throw new Error(`Environment variable ${name} is required`);
  }
  return value;
}

/** The settings every script takes from the environment. */
function commonConfig() {
  return {
    baseUrl: required('QYZMET_BASE_URL').replace(/\/$/, ''),
    artifacts: required('QYZMET_ARTIFACTS'),
    chromium: process.env.QYZMET_CHROMIUM || '/usr/bin/chromium',
    locale: process.env.QYZMET_LOCALE || 'en-GB',
    timeout: Number(process.env.QYZMET_STEP_TIMEOUT_MS || 30000),
  };
}

/**
 * Headless Chromium on the given (fresh) profile directory, in Almaty's time zone; {@code locale}
 * is the browser's language (navigator.languages, Accept-Language), which picks the webapps' language.
 */
async function launch(config, profile, viewport, locale = config.locale) {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: config.chromium,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport,
    timezoneId: 'Asia/Almaty',
    locale,
  });
  context.setDefaultTimeout(config.timeout);
  return context;
}

/** The page the browser opened with, or a new one. */
async function firstPage(context) {
  return context.pages()[0] || await context.newPage();
}

const path = require('path');

const LOGIN_FORM = 'form[name="signinForm"]';
/** The header's account menu: the app shows it once it knows who is logged in. */
const LOGGED_IN = '[cam-widget-header] .account';
const LOGIN_ERROR = '.notifications-panel .alert-danger, .page-notifications .alert-danger';
const LOGIN_ATTEMPTS = 3;

/**
 * Logs in to a Camunda webapp: opens {@code url}, waits until Camunda's Angular login form is ready
 * (its inputs bound, its button labelled), fills it in and checks that the form took the values,
 * runs {@code beforeSubmit} (e.g. a screenshot) on the filled form, submits it, and waits until
 * the form is gone and the app shows the account. A login that gets no answer (the form not ready,
 * the app not loaded within the step timeout) is logged with a screenshot and tried again from a
 * fresh page, at most three times; a refusal, a failed check of {@code beforeSubmit}, or the third
 * failure, fails with its screenshot.
 */
async function logIn(page, url, user, password, beforeSubmit = async () => {}) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await logInOnce(page, url, user, password, beforeSubmit);
      if (attempt > 1) {
        console.log(`[login] ${user}: logged in at attempt ${attempt}`);
      }
      return;
    } catch (error) {
      const reason = error.message.split('\n')[0];
      const shot = await loginScreenshot(page, user, attempt);
      // A refusal is the server's answer (a wrong password; trying again would only feed the
      // login throttle) and a failed check of beforeSubmit the caller's: both fail at once. No
      // answer, or a page that never got ready, is tried again.
      if (error.final || attempt >= LOGIN_ATTEMPTS) {
        throw new Error(`${user} could not log in at ${url} (attempt ${attempt}: ${reason}; screenshot ${shot})`);
      }
      console.log(`[login] ${user}: attempt ${attempt} failed (${reason}; screenshot ${shot}), logging in again`);
      await page.context().clearCookies();
    }
  }
}

async function logInOnce(page, url, user, password, beforeSubmit) {
  await page.goto(url);
  const form = page.locator(LOGIN_FORM);
  await form.waitFor();
  const name = form.locator('input[type="text"]').first();
  const secret = form.locator('input[type="password"]');
  const button = form.locator('button[type="submit"]');
  // By the form's structure, not its words: the page is in the browser's language. Ready means
  // Angular has bound the inputs (ng-model marks them ng-empty) and translated the button.
  await page.waitForFunction((selector) => {
    const f = document.querySelector(selector);
    const inputs = f ? [...f.querySelectorAll('input')] : [];
    const submit = f && f.querySelector('button[type="submit"]');
    return inputs.length === 2 && inputs.every((input) => input.classList.contains('ng-empty') || input.classList.contains('ng-not-empty'))
      && submit && !submit.disabled && submit.textContent.trim() !== '' && !submit.textContent.includes('{{');
  }, LOGIN_FORM);
  await name.fill(user);
  await secret.fill(password);
  await page.waitForFunction((selector) => [...document.querySelectorAll(`${selector} input`)]
    .every((input) => input.classList.contains('ng-not-empty')), LOGIN_FORM);
  if (await name.inputValue() !== user) {
    throw new Error('the login form did not keep the user name');
  }
  try {
    await beforeSubmit();
  } catch (error) {
    throw Object.assign(error, { final: true });
  }
  let answer = null;
  const loginAnswer = (response) => {
    if (/\/auth\/user\/[^/]+\/login\//.test(response.url())) {
      answer = response.status();
    }
  };
  page.on('response', loginAnswer);
  try {
    await button.click();
    await loggedInOrRefused(page, () => answer);
  } finally {
    page.off('response', loginAnswer);
  }
  await form.waitFor({ state: 'detached' });
}

async function loggedInOrRefused(page, answer) {
  // Whichever comes first; the other wait ends by itself (its failure is an answer, not an error).
  const outcome = await Promise.race([
    page.locator(LOGGED_IN).first().waitFor().then(() => 'in', (error) => error),
    page.locator(LOGIN_ERROR).first().waitFor().then(() => 'refused', (error) => error),
  ]);
  if (outcome instanceof Error) {
    throw new Error(`neither the app nor an answer to the login came (${outcome.message.split('\n')[0]})`);
  }
  if (outcome === 'refused') {
    const text = (await page.locator(LOGIN_ERROR).first().innerText()).replace(/\s+/g, ' ').trim();
    // Refused by the server (401, 403), or an error of the way there (no answer, a 5xx): only the latter is tried again.
    const status = answer();
    throw Object.assign(new Error(`the login was refused (HTTP ${status === null ? 'none' : status}): ${text}`),
      { final: status === 401 || status === 403 });
  }
}

/** A screenshot of a failed login attempt in QYZMET_ARTIFACTS, or none when it cannot be taken. */
async function loginScreenshot(page, user, attempt) {
  if (!process.env.QYZMET_ARTIFACTS) {
    return 'none';
  }
  const file = path.join(process.env.QYZMET_ARTIFACTS, `login-failed-${user}-${attempt}.png`);
  try {
    await page.screenshot({ path: file, fullPage: true });
    return file;
  } catch (error) {
    return `none (${error.message.split('\n')[0]})`;
  }
}

module.exports = { required, commonConfig, launch, firstPage, logIn, LOGIN_FORM };
