// The compare page with bad input: nothing given, malformed JSON (the validator's own line and column
// message), a duplicated la_child_id (the check's own finding), extracts that look like two LAs or two
// specification versions (a warning before the comparison), and files too large for the browser's memory.
import { writeFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { validate } from 'csc-api-validator';
import { generate } from 'csc-api-validator/generate';
import { chooseExtract, compareExtracts, downloadText, openCompare } from './helpers/compare-page';

const json = (records: unknown[]) => JSON.stringify(records, null, 2);
const day = (seed: number, count = 40) => generate({ count, seed }) as Record<string, unknown>[];
const problems = (page: Page) => page.getByRole('alert').filter({ hasText: 'There is a problem' });
const results = (page: Page) => page.getByRole('region', { name: 'What csc-api would send' });
const warnings = (page: Page) => page.getByRole('region', { name: 'Check these are the right extracts' });

test('nothing given: each missing extract is named, with a link to its file control', async ({ page }) => {
  await openCompare(page);
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(problems(page).getByRole('link')).toHaveText([
    'The extract last sent: choose a file or paste the JSON',
    'Today’s extract: choose a file or paste the JSON',
  ]);
  await expect(page).toHaveTitle(/^Error: /);
  await problems(page).getByRole('link').first().click();
  await expect(
    page.getByRole('group', { name: 'The extract last sent' }).getByLabel('Choose a file'),
  ).toBeFocused();
});

test('malformed JSON, pasted, gets the validator’s message with its line and column', async ({ page }) => {
  const broken = json(day(3, 3)).replace('"la_child_id"', '"la_child_id",');
  const [finding] = validate(broken).findings;
  expect(finding?.rule).toBe('syntax.json');
  await openCompare(page);
  await chooseExtract(page, 'previous', { name: 'last-sent.json', text: json(day(3)) });
  await page.getByRole('group', { name: 'Today’s extract' }).getByLabel('Or paste the JSON').fill(broken);
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(problems(page).getByRole('link')).toHaveText([`Today’s extract: ${finding?.message}`]);
  await expect(problems(page)).toContainText('at line 3, column 18');
  await expect(results(page)).toBeHidden();
});

test('a duplicated la_child_id, in either extract, gets the same finding as a check, and is not sent', async ({
  page,
}) => {
  const previous = [...day(3), structuredClone(day(3)[7])];
  const current = [...day(3), structuredClone(day(3)[4])];
  const duplicateIn = (records: unknown[]) =>
    validate(records).findings.find((finding) => finding.rule === 'duplicate-child-id');
  const [before, after] = [duplicateIn(previous), duplicateIn(current)];
  expect(before?.childId).toBe('C3N7');
  expect(after?.childId).toBe('C3N4');
  await openCompare(page);
  await compareExtracts(
    page,
    { name: 'last-sent.json', text: json(previous) },
    { name: 'today.json', text: json(current) },
  );
  const withheld = results(page).locator('[data-withheld]');
  for (const finding of [before, after])
    await expect(withheld).toContainText(`${finding?.message} ${finding?.hint} (duplicate-child-id)`);
  // C3N7 was never sent, so today it is new; C3N4 is held, present today, and not deleted.
  await expect(results(page).locator('[data-new]')).toHaveText('C3N7');
  await expect(results(page).locator('[data-verdict]')).toContainText('nothing would be deleted');
});

test('extracts that look like two LAs get a warning first, and are compared only when the user says', async ({
  page,
}) => {
  await openCompare(page);
  await compareExtracts(page, { name: 'a.json', text: json(day(1)) }, { name: 'b.json', text: json(day(2)) });
  await expect(warnings(page)).toContainText('may be from different local authorities');
  await expect(warnings(page).getByRole('heading')).toBeFocused();
  await expect(results(page)).toBeHidden();
  await page.getByRole('button', { name: 'Compare anyway' }).click();
  await expect(results(page)).toBeVisible();
  await expect(results(page).locator('[data-verdict="stop"]')).toContainText(
    'csc-api would stop and send nothing',
  );
  // What would be sent once the user confirms the deletions: every child new, every child last sent deleted.
  const offered = JSON.parse(await downloadText(page, 'Download the delta requests (JSON)')) as {
    command: string;
    requests: unknown[][];
  };
  expect(offered.command).toBe('csc-api run --mode delta --confirm-deletions');
  expect(offered.requests.flat()).toHaveLength(80);
});

test('extracts of two specification versions get a warning first', async ({ page }) => {
  // Specification 1.0.0 allowed an underscore in la_child_id; 1.0.1 does not.
  const older = day(3).map((record, index) =>
    index % 5 === 0 ? { ...record, la_child_id: `C3N_${index}` } : record,
  );
  await openCompare(page);
  await compareExtracts(
    page,
    { name: 'old.json', text: json(older) },
    { name: 'new.json', text: json(day(3)) },
  );
  await expect(warnings(page)).toContainText('the extract last sent matches 1.0.0 and today’s matches 1.0.1');
  await expect(warnings(page)).not.toContainText('local authorities');
  await expect(results(page)).toBeHidden();
});

test('files too large for the browser’s memory get a clear message, and the page keeps working', async ({
  playwright,
  baseURL,
}, testInfo) => {
  // A browser whose pages may use far less memory than usual, so modest files are too large for it.
  const configured = testInfo.project.use.launchOptions ?? {};
  const browser = await playwright.chromium.launch({
    ...configured,
    args: [...(configured.args ?? []), '--js-flags=--max-old-space-size=64'],
  });
  try {
    const page = await browser.newPage({ baseURL });
    await openCompare(page);
    // Files on disk: the page reads only their size before it refuses them.
    const padded = (name: string) => {
      const file = testInfo.outputPath(name);
      writeFileSync(file, `[${' '.repeat(16 * 1024 * 1024)}${json(day(3)).slice(1)}`);
      return file;
    };
    await compareExtracts(page, padded('a.json'), padded('b.json'));
    await expect(problems(page)).toContainText('These extracts are too large to compare in this browser');
    await expect(problems(page)).toContainText('csc-api run --mode delta --dry-run');
    await compareExtracts(
      page,
      { name: 'a.json', text: json(day(3)) },
      { name: 'b.json', text: json(day(3)) },
    );
    await expect(results(page)).toBeVisible();
  } finally {
    await browser.close();
  }
});
