// A generated 50,000-record file checked in a real Chromium. Prints the time taken and the longest
// main-thread task as figures; it asserts only that the check finishes and the counts are right.
import { rm, writeFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { generate } from 'csc-api-validator/generate';
import { openValidator } from './helpers/validator-page';

const count = 50_000;

test('a 50,000-record upload is checked, and the page stays responsive', async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  const file = testInfo.outputPath('batch-50000.json');
  await writeFile(file, JSON.stringify(generate({ count, seed: 50_000 })));

  await page.addInitScript(() => {
    const longest = { ms: 0, tasks: 0 };
    (window as unknown as { longTasks: typeof longest }).longTasks = longest;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        longest.tasks += 1;
        longest.ms = Math.max(longest.ms, entry.duration);
      }
    }).observe({ type: 'longtask', buffered: true });
  });
  await openValidator(page);
  await page.getByLabel('Choose files').setInputFiles(file);
  await expect(page.getByText('1 file will be checked without opening in the editor')).toBeVisible();

  // Long tasks from loading the page and Monaco are not the check's; they are printed apart.
  const loading = await page.evaluate(() => {
    const longest = (window as unknown as { longTasks: { ms: number; tasks: number } }).longTasks;
    const before = { ...longest };
    longest.ms = 0;
    longest.tasks = 0;
    return before;
  });
  const started = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  // The progress bar shows while the worker reads and checks.
  await expect(page.locator('[data-progress]')).toBeVisible();
  const summary = page.locator('[data-summary]');
  await expect(summary.locator('dt:has-text("Records") + dd')).toHaveText('50,000', { timeout: 240_000 });
  const ended = await page.evaluate(() => performance.now());
  const longest = await page.evaluate(
    () => (window as unknown as { longTasks: { ms: number; tasks: number } }).longTasks,
  );

  const figures =
    `50,000 records checked in ${((ended - started) / 1000).toFixed(1)} s; ` +
    `longest main-thread task during the check ${Math.round(longest.ms)} ms (${longest.tasks} long tasks); ` +
    `while the page and Monaco loaded: ${Math.round(loading.ms)} ms (${loading.tasks} long tasks)`;
  console.log(figures);
  testInfo.annotations.push({ type: 'figures', description: figures });
  // Generated data is valid: the only finding is the batch-size warning, which the API's batch limit
  // makes, so the file is ready to send with that one finding and nothing the DfE would reject.
  await expect(
    page.getByRole('heading', { name: 'Ready to send, with data-quality findings' }),
  ).toBeVisible();
  await expect(page.locator('.csc-v-data-quality-verdict')).toContainText(
    '0 data-quality errors and 1 warning',
  );
  await rm(file);
});
