// The Excel download in a real Chromium: the writer's code is fetched only when the button is pressed, and
// the workbook holds the findings (masked, formula-safe) and the per-child view. read-excel-file reads it back.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, type Page, type Request, test } from '@playwright/test';
import readWorkbook from 'read-excel-file/node';
import { badUpn, knownBadBatch } from './helpers/validator-fixtures';
import { openValidator, pasteIntoEditor, recordRequests } from './helpers/validator-page';
import { distDir } from './site-pages';

/** A child ID that Excel would run as a formula if it were written as one. */
const formulaId = '=1+2';

/** The known bad batch with the second child (whose sex code is wrong) given the formula-looking ID. */
function batchWithFormulaId(): string {
  const records = JSON.parse(knownBadBatch()) as { la_child_id: string }[];
  const second = records[1];
  if (second) second.la_child_id = formulaId;
  return JSON.stringify(records, null, 2);
}

/** Whether a script the page fetched holds the .xlsx writer (it names the workbook's shared strings part). */
async function holdsWriter(request: Request): Promise<boolean> {
  const path = new URL(request.url()).pathname;
  if (!/\/_astro\/[^/]+\.js$/.test(path)) return false;
  const code = await readFile(join(distDir, '_astro', path.slice(path.lastIndexOf('/') + 1)), 'utf8');
  return code.includes('sharedStrings.xml');
}

async function downloadWorkbook(page: Page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download Excel' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^csc-findings-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const sheets = await readWorkbook(await readFile(await download.path()));
  const rows = (name: string) => sheets.find((sheet) => sheet.sheet === name)?.data ?? [];
  return { findings: rows('Findings'), children: rows('By child') };
}

test('the Excel download loads its writer on demand and holds the findings, masked and formula-safe', async ({
  page,
}) => {
  const requests = recordRequests(page);
  await openValidator(page);
  await page.waitForLoadState('networkidle');
  await pasteIntoEditor(page, batchWithFormulaId());
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  const shown = Number((await page.locator('[data-shown]').textContent())?.match(/(\d+) finding/)?.[1]);

  const beforeClick = requests.length;
  const loadedEarly = await Promise.all(requests.map(holdsWriter));
  expect(loadedEarly.some(Boolean), 'the Excel writer was fetched before the button was pressed').toBe(false);

  const masked = await downloadWorkbook(page);
  const loadedOnClick = await Promise.all(requests.slice(beforeClick).map(holdsWriter));
  expect(loadedOnClick.some(Boolean), 'the Excel writer was not fetched when the button was pressed').toBe(
    true,
  );

  // The same columns as the CSV download.
  expect(masked.findings[0]).toEqual(
    'File,Record,Child ID,Severity,Consequence,Rule,Message,How to fix,Location'.split(','),
  );
  expect(masked.findings).toHaveLength(shown + 1);
  const cells = masked.findings.flat();
  expect(cells.some((cell) => typeof cell === 'string' && cell.includes(badUpn))).toBe(false);
  const upnRow = masked.findings.find((row) => row[5] === 'upn-check-letter');
  expect(upnRow?.[1]).toBe(4);
  expect(upnRow?.[2]).toBe('CHILD0004');
  expect(String(upnRow?.[6])).toContain('[hidden]');
  // The formula-looking child ID is text with the CSV's leading apostrophe, not a formula (which would read
  // back as its result, or as nothing).
  const formulaRow = masked.findings.find((row) => row[5] === 'code-set.unknown');
  expect(formulaRow?.[2]).toBe(`'${formulaId}`);

  expect(masked.children[0]).toEqual(['Child ID', 'Errors', 'Warnings']);
  expect(masked.children.map((row) => row[0])).toContain(`'${formulaId}`);
  expect(masked.children).toContainEqual(['CHILD0004', 1, 0]);
  expect(masked.children).toHaveLength(4);

  await page.getByLabel('Include names, dates of birth, postcodes and UPNs in downloads').check();
  const open = await downloadWorkbook(page);
  expect(open.findings.flat().some((cell) => typeof cell === 'string' && cell.includes(badUpn))).toBe(true);
});

test('disconnected before the first Excel download, the page says what to do and the CSV still downloads', async ({
  page,
  context,
}) => {
  await openValidator(page);
  await page.waitForLoadState('networkidle');
  await pasteIntoEditor(page, knownBadBatch());
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible();

  await context.setOffline(true);
  await page.getByRole('button', { name: 'Download Excel' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'The Excel download could not start' }),
  ).toBeVisible();
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
});
