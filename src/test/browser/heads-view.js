'use strict';
/*
 * The department head's view of late work in Tasklist, in a real headless Chromium (issue #20):
 *
 *   1. the head logs in and opens "Просроченные задачи специалистов", narrowed to this run's applicant
 *      with Tasklist's own search; the late review's card is there, with its assignee and due date;
 *      a screenshot of the list;
 *   2. the head opens the task and reads its header and the form area's explanation; a screenshot of
 *      what the head sees.
 *
 * What was read goes to QYZMET_ARTIFACTS/heads-result.json for the Java test
 * (kz.qyzmet.tasklist.HeadsViewBrowserTest). Exits non-zero on any failure, after a screenshot.
 *
 * Environment: as camunda-browser.js, and QYZMET_APPLICANT_NAME (this run's applicant),
 * QYZMET_FILTER_NAME, QYZMET_TASK_NAME, optionally QYZMET_USER / QYZMET_PASSWORD (department.head / demo).
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { commonConfig, required, launch, firstPage, logIn } = require('./camunda-browser');

const config = {
  ...commonConfig(),
  user: process.env.QYZMET_USER || 'department.head',
  password: process.env.QYZMET_PASSWORD || 'demo',
  applicantName: required('QYZMET_APPLICANT_NAME'),
  filterName: required('QYZMET_FILTER_NAME'),
  taskName: required('QYZMET_TASK_NAME'),
};
const result = { steps: [], errors: [] };

async function main() {
  fs.mkdirSync(config.artifacts, { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'qyzmet-heads-'));
  const context = await launch(config, profile, { width: 1400, height: 900 });
  const page = await firstPage(context);
  page.on('response', (response) => {
    if (response.status() >= 400 && response.url().includes('/camunda/api/')) {
      result.errors.push(`${response.status()} ${response.request().method()} ${new URL(response.url()).pathname}`);
    }
  });
  try {
    await logIn(page, `${config.baseUrl}/camunda/app/tasklist/default/`, config.user, config.password);
    await page.locator('.task-filter').first().waitFor();
    result.filters = await page.locator('.task-filter .name a').evaluateAll((links) => links.map((link) => {
      const copy = link.cloneNode(true);
      copy.querySelectorAll('.counter').forEach((counter) => counter.remove());
      return copy.textContent.replace(/\s+/g, ' ').trim();
    }));

    await page.locator('.task-filter', { hasText: config.filterName }).locator('.name a').click();
    await page.waitForFunction((name) => {
      const active = document.querySelector('.task-filter.active');
      return active && active.textContent.includes(name);
    }, config.filterName);
    const url = new URL(page.url());
    const params = new URLSearchParams(url.hash.replace(/^#\/?\??/, ''));
    params.set('searchQuery', JSON.stringify([{ type: 'processVariables', operator: 'eq', name: 'applicantName',
      value: config.applicantName }]));
    // A new hash does not reload the page: the filter's whole list stays on screen until Tasklist's
    // narrowed request returns, so wait for that response and for the list it renders.
    const narrowed = page.waitForResponse((response) => response.url().includes('/list')
      && (response.request().postData() || '').includes(config.applicantName));
    await page.goto(`${url.origin}${url.pathname}#/?${params.toString()}`);
    await narrowed;
    const card = page.locator('ol.tasks-list > li.task', { has: page.locator('h4', { hasText: config.taskName }) });
    await card.first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForFunction((taskName) => {
      const cards = [...document.querySelectorAll('ol.tasks-list > li.task')];
      return cards.length > 0 && cards.every((c) => c.innerText.includes(taskName));
    }, config.taskName);
    result.cards = await page.locator('ol.tasks-list > li.task').evaluateAll((cards) =>
      cards.map((c) => c.innerText.replace(/\s+/g, ' ').trim()));
    result.dueTooltip = await card.first().locator('.due-date [uib-tooltip]').getAttribute('uib-tooltip');
    await page.screenshot({ path: path.join(config.artifacts, 'heads-overdue.png'), fullPage: true });
    result.steps.push('overdue list');

    await card.first().locator('h4 a').click();
    await page.locator('.task-details h2', { hasText: config.taskName }).waitFor();
    await page.waitForLoadState('networkidle');
    // The form area explains why the case is not shown (kz.qyzmet.tasklist.SupervisedTaskForm).
    await page.locator('.task-details .fjs-form-field-text').first().waitFor();
    result.formText = (await page.locator('.task-details [cam-tasklist-form], .task-details .form-container, .task-details')
      .first().innerText()).replace(/\s+/g, ' ').trim();
    result.details = (await page.locator('.task-details').innerText()).replace(/\s+/g, ' ').trim();
    result.notifications = await page.locator('.notifications .alert, .page-notifications .alert').allInnerTexts();
    await page.screenshot({ path: path.join(config.artifacts, 'heads-task.png'), fullPage: true });
    result.steps.push('task opened');
  } catch (error) {
    result.failure = error.message;
    await page.screenshot({ path: path.join(config.artifacts, 'heads-failure.png'), fullPage: true }).catch(() => {});
    throw error;
  } finally {
    fs.writeFileSync(path.join(config.artifacts, 'heads-result.json'), JSON.stringify(result, null, 2));
    await context.close().catch(() => {});
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
