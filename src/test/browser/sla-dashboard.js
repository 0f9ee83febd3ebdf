'use strict';
/*
 * The SLA plugin in Cockpit, in a real headless Chromium, as a process owner sees it:
 *
 *   1. logs in to Cockpit and opens the dashboard, waits for the SLA section to load its figures;
 *   2. reads the table of standards, the margins, the overdue applications and the complaints,
 *      and saves a screenshot of the page;
 *   3. follows a complaint's link to its process instance in Cockpit;
 *   4. opens a process definition's SLA tab ("Мерзімдер", "Сроки") and reads it too (when QYZMET_PROCESS_DEFINITION_ID is set).
 *
 * What was read goes to QYZMET_ARTIFACTS/sla-result.json, which the Java test
 * (kz.qyzmet.sla.SlaDashboardBrowserTest) compares with the report of the backend; the screenshots
 * go beside it. Exits non-zero on any failure, after a screenshot of the page as it was.
 *
 * Environment: QYZMET_BASE_URL (e.g. http://localhost:8080), QYZMET_ARTIFACTS (a directory),
 * optionally QYZMET_USER and QYZMET_PASSWORD (default process.owner / demo), QYZMET_LOCALE,
 * QYZMET_PROCESS_DEFINITION_ID, QYZMET_CHROMIUM (default /usr/bin/chromium) and
 * QYZMET_STEP_TIMEOUT_MS (default 30000).
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { commonConfig, launch, firstPage, logIn } = require('./camunda-browser');

const config = {
  ...commonConfig(),
  user: process.env.QYZMET_USER || 'process.owner',
  password: process.env.QYZMET_PASSWORD || 'demo',
  processDefinitionId: process.env.QYZMET_PROCESS_DEFINITION_ID || '',
};

const COCKPIT = `${config.baseUrl}/camunda/app/cockpit/default/`;
const result = { user: config.user, steps: [], screenshots: [] };

function step(description) {
  console.log(`- ${description}`);
  result.steps.push(description);
}

async function shot(page, name, options = {}) {
  const file = path.join(config.artifacts, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true, ...options });
  result.screenshots.push(file);
  return file;
}

/** Reads an SLA view of the plugin (the dashboard section or the tab) from the page. */
function readView(view) {
  const text = (element) => (element ? element.innerText.replace(/\s+/g, ' ').trim() : null);
  const rows = (selector) => [...view.querySelectorAll(selector)];
  return {
    asOf: text(view.querySelector('[data-qz-sla="as-of"]')),
    headers: [...view.querySelectorAll('table[data-qz-sla] th')].map(text),
    texts: text(view),
    standards: rows('table[data-qz-sla="standards"] tr[data-standard]').map((tr) => ({
      standard: tr.getAttribute('data-standard'),
      cells: Object.fromEntries([...tr.querySelectorAll('td[data-field]')]
        .map((td) => [td.getAttribute('data-field'), text(td)])),
    })),
    margins: Object.fromEntries(rows('[data-margin]').map((m) => [m.getAttribute('data-margin'), text(m)])),
    overdue: rows('table[data-qz-sla="overdue"] tbody tr').map((tr) => ({
      application: tr.getAttribute('data-application'),
      href: tr.querySelector('a') ? tr.querySelector('a').getAttribute('href') : null,
      cells: [...tr.cells].map(text),
    })),
    complaints: rows('table[data-qz-sla="complaints"] tbody tr').map((tr) => ({
      complaint: tr.getAttribute('data-complaint'),
      href: tr.querySelector('a') ? tr.querySelector('a').getAttribute('href') : null,
      cells: [...tr.cells].map(text),
    })),
    error: text(view.querySelector('[data-qz-sla="error"]')),
  };
}

async function loadedView(page) {
  const view = page.locator('[data-qz-sla="view"][data-qz-sla-loaded="true"], [data-qz-sla="view"][data-qz-sla-loaded="error"]');
  await view.first().waitFor();
  const state = await view.first().getAttribute('data-qz-sla-loaded');
  const read = await view.first().evaluate(readView);
  if (state !== 'true') {
    throw new Error(`The SLA view shows an error: ${read.error}`);
  }
  return { locator: view.first(), read };
}

async function main() {
  fs.mkdirSync(config.artifacts, { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'qyzmet-sla-'));
  let context;
  let page;
  try {
    context = await launch(config, profile, { width: 1500, height: 1400 });
    page = await firstPage(context);
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') {
        console.log(`console: ${message.text()}`);
      }
    });
    page.on('response', (response) => {
      if (response.status() >= 400) {
        console.log(`HTTP ${response.status()} ${response.request().method()} ${response.url()}`);
        if (response.url().includes('/plugin/qyzmet-sla/')) {
          problems.push(`HTTP ${response.status()} ${response.url()}`);
        }
      }
    });

    step(`log in to Cockpit as ${config.user}`);
    await logIn(page, COCKPIT, config.user, config.password);

    step('the dashboard shows the SLA section with its figures');
    const dashboard = await loadedView(page);
    result.dashboard = dashboard.read;
    if (result.dashboard.standards.length === 0) {
      throw new Error('The SLA table has no rows');
    }
    await dashboard.locator.scrollIntoViewIfNeeded();
    await shot(page, 'sla-dashboard');
    await dashboard.locator.screenshot({ path: path.join(config.artifacts, 'sla-dashboard-table.png') });
    result.screenshots.push(path.join(config.artifacts, 'sla-dashboard-table.png'));

    const complaint = result.dashboard.complaints.find(
      (c) => c.href && (!process.env.QYZMET_COMPLAINT_ID || c.complaint === process.env.QYZMET_COMPLAINT_ID));
    if (complaint) {
      step(`the complaint ${complaint.complaint} links to its process instance`);
      await page.locator(`tr[data-complaint="${complaint.complaint}"] a`).click();
      await page.waitForURL(new RegExp(`#/process-instance/${complaint.href.split('/')[2]}`));
      await page.getByText('Шағымды қарау').first().waitFor();
      result.followedLink = page.url();
      // The instance's information names its business key: the complaint's id, which names the standard.
      await page.getByText(complaint.complaint).first().waitFor();
      result.complaintInstanceText = await page.locator('body').innerText();
      await shot(page, 'sla-complaint-instance');
    }

    if (config.processDefinitionId) {
      step('the process definition shows an SLA tab');
      await page.goto(`${COCKPIT}#/process-definition/${config.processDefinitionId}/runtime`);
      await page.locator('.nav-tabs a, .ctn-tabbed-content a', { hasText: /^\s*(SLA|Мерзімдер|Сроки)\s*$/ }).first().click();
      const tab = await loadedView(page);
      result.processDefinitionTab = tab.read;
      await tab.locator.scrollIntoViewIfNeeded();
      await shot(page, 'sla-process-definition-tab');
    }

    if (problems.length > 0) {
      throw new Error(`Problems on the page: ${problems.join('; ')}`);
    }
    result.ok = true;
  } catch (error) {
    result.ok = false;
    result.error = String(error && error.stack ? error.stack : error);
    console.error(result.error);
    if (page) {
      await shot(page, 'sla-failure').catch(() => {});
    }
  } finally {
    fs.writeFileSync(path.join(config.artifacts, 'sla-result.json'), JSON.stringify(result, null, 2));
    if (context) {
      await context.close().catch(() => {});
    }
    fs.rmSync(profile, { recursive: true, force: true });
  }
  process.exit(result.ok ? 0 : 1);
}

main();
