'use strict';
/*
 * The electronic case file in Tasklist, in a real headless Chromium (issue #21, item 4):
 *
 *   1. the candidate of a review logs in and opens the task; its form lists the application's files
 *      under "Электрондық іс / Электронное дело", each by its document's Kazakh and Russian name; a
 *      screenshot of the form;
 *   2. each file's link is fetched on the worker's own session (the Tasklist door), as clicking it
 *      does: its status, type and SHA-256 are recorded.
 *
 * What was read goes to QYZMET_ARTIFACTS/case-files-result.json for the Java test
 * (kz.qyzmet.tasklist.CaseFileBrowserTest). Exits non-zero on any failure, after a screenshot.
 *
 * Environment: as camunda-browser.js, and QYZMET_TASK_ID (the review), optionally QYZMET_USER /
 * QYZMET_PASSWORD (ztmo.specialist / demo).
 */
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { commonConfig, required, launch, firstPage, logIn } = require('./camunda-browser');

const config = {
  ...commonConfig(),
  user: process.env.QYZMET_USER || 'ztmo.specialist',
  password: process.env.QYZMET_PASSWORD || 'demo',
  taskId: required('QYZMET_TASK_ID'),
};
const result = { steps: [], files: [] };

async function main() {
  fs.mkdirSync(config.artifacts, { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'qyzmet-case-files-'));
  const context = await launch(config, profile, { width: 1400, height: 1000 });
  const page = await firstPage(context);
  try {
    await logIn(page, `${config.baseUrl}/camunda/app/tasklist/default/`, config.user, config.password);
    await page.locator('.task-filter').first().waitFor();
    await page.goto(`${config.baseUrl}/camunda/app/tasklist/default/#/?task=${config.taskId}`);
    const form = page.locator('.task-details .fjs-form');
    await form.waitFor();
    const block = form.locator('.fjs-form-field-text', { hasText: 'Электрондық іс / Электронное дело' });
    await block.locator('a').first().waitFor();
    await page.waitForLoadState('networkidle');
    result.block = (await block.innerText()).replace(/\s+/g, ' ').trim();
    const links = await block.locator('a').evaluateAll((anchors) => anchors.map((a) => ({
      text: a.textContent.replace(/\s+/g, ' ').trim(), href: a.getAttribute('href') })));
    await block.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(config.artifacts, 'case-files-task.png'), fullPage: true });
    result.steps.push('task opened');
    for (const link of links) {
      // The browser's own request on the session's cookies, as a click on the link makes it.
      const response = await context.request.get(new URL(link.href, config.baseUrl).toString());
      const body = await response.body();
      result.files.push({ ...link, status: response.status(), contentType: response.headers()['content-type'],
        disposition: response.headers()['content-disposition'],
        sha256: crypto.createHash('sha256').update(body).digest('hex') });
    }
    result.steps.push('files downloaded');
  } catch (error) {
    result.failure = error.message;
    await page.screenshot({ path: path.join(config.artifacts, 'case-files-failure.png'), fullPage: true })
      .catch(() => {});
    throw error;
  } finally {
    fs.writeFileSync(path.join(config.artifacts, 'case-files-result.json'), JSON.stringify(result, null, 2));
    await context.close().catch(() => {});
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
