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

/**
 * Logs in to a Camunda webapp: opens {@code url}, fills in the login form and submits it
 * ({@code beforeSubmit}, e.g. a screenshot, runs on the filled form).
 */
async function logIn(page, url, user, password, beforeSubmit = async () => {}) {
  await page.goto(url);
  // By the form's structure, not its words: the page is in the browser's language.
  const form = page.locator('form[name="signinForm"]');
  await form.locator('input[type="text"]').first().fill(user);
  await form.locator('input[type="password"]').fill(password);
  await beforeSubmit();
  await form.locator('button[type="submit"]').click();
}

module.exports = { required, commonConfig, launch, firstPage, logIn };
