// The validator page in a real Chromium: paste, upload, check, read the results, choose findings, export.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { badUpn, knownBadBatch } from './helpers/validator-fixtures';
import { cursorLine, lineOf, openValidator, pasteIntoEditor } from './helpers/validator-page';

const summary = (page: Page) => page.locator('[data-summary]');

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).include('main').analyze();
  const found = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`,
  );
  expect(found).toEqual([]);
}

test('a pasted batch with known problems is summarised, and choosing a finding moves the cursor to its line', async ({
  page,
}) => {
  await openValidator(page);
  await expectNoAxeViolations(page);
  const text = knownBadBatch();
  await pasteIntoEditor(page, text);
  await page.getByRole('button', { name: 'Check', exact: true }).click();

  const heading = page.getByRole('heading', { name: 'There is a problem' });
  await expect(heading).toBeVisible();
  await expect(summary(page)).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(summary(page)).toContainText('Not ready to send');
  await expect(summary(page)).toContainText('1.0.1');
  for (const title of ['Code not in the code set', 'Unknown field', 'UPN check letter wrong']) {
    await expect(summary(page).getByRole('link', { name: new RegExp(`^${title}: `) })).toBeVisible();
  }
  // The counts are the batch's: four records, four children.
  await expect(summary(page).locator('dt:has-text("Records") + dd')).toHaveText('4');
  await expect(summary(page).locator('dt:has-text("Children") + dd')).toHaveText('4');

  // The summary link takes you to the rule's group, which names the record and child.
  await summary(page)
    .getByRole('link', { name: /^Code not in the code set: / })
    .click();
  const group = page.locator('[id="csc-v-rule-code-set.unknown"]');
  await expect(group).toBeFocused();
  await group.getByRole('button', { name: /record 2, child CHILD0002:/ }).click();
  await expect.poll(() => cursorLine(page)).toBe(lineOf(text, '"sex": "X"'));

  const upnGroup = page.locator('[id="csc-v-rule-upn-check-letter"]');
  await upnGroup.getByRole('button', { name: /record 4, child CHILD0004:/ }).click();
  await expect.poll(() => cursorLine(page)).toBe(lineOf(text, badUpn));

  // Our findings are the only markers in the editor.
  await expect(page.locator('.monaco-editor .squiggly-error').first()).toBeAttached();
  await expectNoAxeViolations(page);

  // Each rule links to its entry in the validation rules reference.
  await upnGroup.getByRole('link', { name: 'About this rule' }).click();
  await expect(page).toHaveURL(/reference\/validation-rules\/#upn-check-letter$/);
  await expect(page.locator('[id="upn-check-letter"]')).toBeVisible();
});

test('a clean sample batch shows "No errors found" and keeps the page title', async ({ page }) => {
  await openValidator(page);
  const title = await page.title();
  await page.getByLabel('Load a sample').selectOption('valid');
  await page.getByRole('button', { name: 'Load sample' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sample loaded' })).toBeVisible();
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.getByText('No errors found')).toBeVisible();
  await expect(summary(page)).toBeFocused();
  await expect(summary(page)).toContainText('Ready to send');
  await expect(page).toHaveTitle(title);
  await expectNoAxeViolations(page);
});

test('the sample with typical problems finds errors, in the dark theme too', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openValidator(page);
  await expect(page.locator('.monaco-editor.vs-dark')).toBeVisible();
  await page.getByLabel('Load a sample').selectOption('problems');
  await page.getByRole('button', { name: 'Load sample' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sample loaded' })).toBeVisible();
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  expect(await summary(page).locator('.csc-v-summary-list a').count()).toBeGreaterThan(1);
  await expectNoAxeViolations(page);
});

test('checking with nothing entered says what to do', async ({ page }) => {
  await openValidator(page);
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  await expect(
    summary(page).getByRole('link', { name: 'Enter JSON to check, or choose files' }),
  ).toBeVisible();
  await expect(page).toHaveTitle(/^Error: /);
});

test('keyboard only: choose a file, check, and land on the summary', async ({ page }) => {
  await openValidator(page);
  await page.getByLabel('Choose files').setInputFiles({
    name: 'batch.json',
    mimeType: 'application/json',
    buffer: Buffer.from(knownBadBatch()),
  });
  await expect(page.getByRole('status')).toContainText('batch.json is in the editor');
  // Tab leaves the editor rather than indenting, so keyboard users are never trapped in it.
  await page.getByRole('textbox', { name: 'JSON to check' }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Specification version')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Check', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(summary(page)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('href', /^#csc-v-rule-/);
});

test('an uploaded file too big for the editor is checked in place, with a record viewer, per-child view and filters', async ({
  page,
}) => {
  await openValidator(page);
  // Over 5 MB: padding the batch with spaces keeps it the same JSON.
  const text = knownBadBatch().replace('[', `[${' '.repeat(5 * 1024 * 1024)}`);
  await page
    .getByLabel('Choose files')
    .setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByText('1 file will be checked without opening in the editor')).toBeVisible();
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible();

  await page.getByRole('button', { name: /record 2, child CHILD0002:/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Record 2 of big.json' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('.csc-v-record-line--found')).toContainText('"sex": "X"');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.getByLabel('Child', { exact: true }).check();
  const table = page.getByRole('table', { name: /children with findings/ });
  await expect(table.getByRole('row')).toHaveCount(4);
  await table.getByRole('button', { name: 'Show findings for CHILD0004' }).click();
  await expect(page.getByText('Showing 1 of')).toBeVisible();
  await expect(page.locator('.csc-v-group')).toHaveCount(1);
  await expect(page.locator('.csc-v-group h3')).toContainText('UPN check letter wrong');

  await page.getByLabel('Child ID contains').fill('');
  await page.getByRole('combobox', { name: 'Severity' }).selectOption('error');
  await page.getByRole('combobox', { name: 'Rule' }).selectOption('schema.unknown-field');
  await expect(page.locator('.csc-v-finding')).toHaveCount(1);
  await expect(page.locator('.csc-v-finding')).toContainText('first_nme');
});

test('files dropped on the form are checked together, against the chosen spec version', async ({ page }) => {
  await openValidator(page);
  const batch = knownBadBatch();
  // The same records as NDJSON: one record a line.
  const ndjson = (JSON.parse(batch) as unknown[]).map((record) => JSON.stringify(record)).join('\n');
  const dataTransfer = await page.evaluateHandle(
    ([json, lines]) => {
      const data = new DataTransfer();
      data.items.add(new File([json], 'monday.json', { type: 'application/json' }));
      data.items.add(new File([lines], 'tuesday.ndjson', { type: 'application/x-ndjson' }));
      return data;
    },
    [batch, ndjson] as const,
  );
  await page.locator('csc-validator [data-form]').dispatchEvent('drop', { dataTransfer });
  await expect(page.getByText('2 files will be checked without opening in the editor')).toBeVisible();
  await page.getByLabel('Specification version').selectOption('1.0.0');
  await page.getByLabel('Mode').selectOption('full');
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  await expect(summary(page).locator('dt:has-text("Specification version") + dd')).toHaveText('1.0.0');
  await expect(summary(page).locator('dt:has-text("Records") + dd')).toHaveText('8');
  await expect(summary(page).locator('dt:has-text("Checked") + dd')).toHaveText(
    'monday.json (4), tuesday.ndjson (4)',
  );
  // With several files, each finding names its file, and opens its record.
  await page.getByRole('button', { name: /^tuesday\.ndjson, record 2, child CHILD0002:/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Record 2 of tuesday.ndjson' });
  await expect(dialog.locator('.csc-v-record-line--found')).toContainText('"sex": "X"');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'Clear files' }).click();
  await expect(page.getByLabel('Choose files')).toBeFocused();
  await page
    .getByLabel('Choose files')
    .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await expect(
    summary(page).getByRole('link', { name: 'The selected file notes.txt must be a .json or .ndjson file' }),
  ).toBeVisible();
  await expect(summary(page)).toBeFocused();
});

test('the CSV download has one row per finding and hides identifying values unless asked', async ({
  page,
}) => {
  await openValidator(page);
  await pasteIntoEditor(page, knownBadBatch());
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  const shown = Number((await page.locator('[data-shown]').textContent())?.match(/(\d+) finding/)?.[1]);
  expect(shown).toBeGreaterThanOrEqual(3);

  const [masked] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const csv = await readFile(await masked.path(), 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).trimEnd().split('\r\n');
  expect(lines[0]).toBe('File,Record,Child ID,Severity,Consequence,Rule,Message,How to fix,Location');
  expect(csv).toMatch(/CHILD0003,error,rejected,schema\.unknown-field,/);
  expect(lines).toHaveLength(shown + 1);
  expect(csv).not.toContain(badUpn);
  expect(csv).toContain('[hidden]');
  expect(csv).toContain('CHILD0004');

  await page.getByLabel('Include names, dates of birth, postcodes and UPNs in downloads').check();
  const [open] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(await readFile(await open.path(), 'utf8')).toContain(badUpn);

  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  const document = JSON.parse(await readFile(await json.path(), 'utf8'));
  expect(document.findings).toHaveLength(shown);
  expect(document.identifiersHidden).toBe(false);
  expect(document.summary).toMatchObject({ rejectedRecords: 1, dataQualityErrors: 2, outcome: 'not-ready' });
  expect(document.findings.map((f: { consequence: string }) => f.consequence)).toContain('data-quality');
});

test('the print view lists every finding with identifying values hidden', async ({ page }) => {
  await openValidator(page);
  await pasteIntoEditor(page, knownBadBatch());
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  // window.print() would open a dialog; the test checks the view it prints instead.
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await page.getByRole('button', { name: 'Print view' }).click();
  await page.emulateMedia({ media: 'print' });
  const view = page.locator('.csc-v-print');
  await expect(view).toBeVisible();
  await expect(page.locator('main')).toBeHidden();
  await expect(view).toContainText('identifying values hidden');
  await expect(view).not.toContainText(badUpn);
  const shown = Number((await page.locator('[data-shown]').textContent())?.match(/(\d+) finding/)?.[1]);
  await expect(view.locator('tbody tr')).toHaveCount(shown);
});
