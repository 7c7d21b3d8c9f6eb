// The generated reference pages against the validator's spec data: every field of every supported
// spec version, every code set and code, every rule and every spec version has its entry and anchor in
// the built site, showing the facts the spec data holds. Runs in Chromium against dist/.
import { expect, type Page, test } from '@playwright/test';
import { rulesCatalogue, validate } from 'csc-api-validator';
import { generate, injectFault } from 'csc-api-validator/generate';
import {
  changelog,
  codeSets,
  currentSpecVersion,
  type FieldSpec,
  fieldsFor,
  specVersions,
  supportedSpecVersions,
} from 'csc-api-validator/spec';

/** The documented anchor scheme, written out again so a change to it fails here. */
const anchorOf = (path: string) => path.replaceAll('[]', '').replaceAll('.', '-');

interface EntryOnPage {
  path: string;
  headingId: string;
  headingText: string;
  required: string;
  limits: string;
  ssd: string;
  text: string;
  codeSetHref: string | null;
}

async function dataItemEntries(page: Page): Promise<Map<string, EntryOnPage>> {
  await page.goto('./reference/data-items/');
  const entries = await page.locator('.data-item').evaluateAll((items) =>
    items.map((item) => {
      const heading = item.querySelector('h2, h3, h4, h5, h6');
      const fact = (name: string) => item.querySelector(`[data-fact="${name}"]`)?.textContent ?? '';
      return {
        path: item.getAttribute('data-field-path') ?? '',
        headingId: heading?.id ?? '',
        headingText: heading?.textContent?.trim() ?? '',
        required: fact('required'),
        limits: fact('limits'),
        ssd: fact('ssd'),
        text: item.textContent ?? '',
        codeSetHref: item.querySelector('a[href*="code-sets/#"]')?.getAttribute('href') ?? null,
      };
    }),
  );
  return new Map(entries.map((entry) => [entry.path, entry]));
}

/** What the entry must show for a field of the current version; one line per problem. */
function entryProblems(field: FieldSpec, entry: EntryOnPage): string[] {
  const problems: string[] = [];
  const say = (what: string) => problems.push(`${field.path}: ${what}`);
  if (entry.headingId !== anchorOf(field.path)) say(`anchor is "${entry.headingId}"`);
  if (entry.headingText !== field.name) say(`heading is "${entry.headingText}"`);
  if (entry.required.startsWith('Yes') !== field.required) say(`required shows "${entry.required}"`);
  for (const limit of [field.minLength, field.maxLength, field.maxItems, field.pattern, field.range?.max]) {
    if (limit !== undefined && !entry.limits.includes(String(limit))) say(`limits lack ${limit}`);
  }
  if (field.ssd && !entry.ssd.includes(field.ssd)) say(`SSD source lacks ${field.ssd}`);
  if (!entry.text.includes(field.description)) say('description missing');
  if (field.notes && !entry.text.includes(field.notes)) say('notes missing');
  if (field.example !== undefined && !entry.text.includes(JSON.stringify(field.example)))
    say('example missing');
  const codeSetHref = field.codeSet ? `../code-sets/#${field.codeSet}` : null;
  if (entry.codeSetHref !== codeSetHref) say(`code set link is ${entry.codeSetHref}`);
  return problems;
}

const compared = [
  'required',
  'minLength',
  'maxLength',
  'pattern',
  'maxItems',
  'uniqueItems',
  'type',
] as const;

test('every field of every supported spec version has its data item entry', async ({ page }) => {
  const entries = await dataItemEntries(page);
  const current = new Map(fieldsFor(currentSpecVersion).map((f) => [f.path, f]));
  const differenceRows = await page.locator('table.version-differences tbody tr').evaluateAll((rows) =>
    rows.map((row) => ({
      key: `${row.getAttribute('data-version')} ${row.getAttribute('data-field-path')} ${row.getAttribute('data-constraint')}`,
      inThatVersion: row.children[3]?.textContent ?? '',
    })),
  );
  const rowsByKey = new Map(differenceRows.map((row) => [row.key, row.inThatVersion]));
  const problems: string[] = [];
  let checked = 0;
  for (const version of supportedSpecVersions) {
    for (const field of fieldsFor(version)) {
      checked += 1;
      const entry = entries.get(field.path);
      if (!entry) {
        problems.push(`${version} ${field.path}: no entry`);
        continue;
      }
      if (version === currentSpecVersion) {
        problems.push(...entryProblems(field, entry));
        continue;
      }
      const now = current.get(field.path);
      for (const key of compared) {
        if (now && now[key] === field[key]) continue;
        const shown = rowsByKey.get(`${version} ${field.path} ${now ? key : 'type'}`);
        if (shown === undefined) problems.push(`${version} ${field.path}: ${key} differs but has no row`);
        else if (
          field[key] !== undefined &&
          typeof field[key] !== 'boolean' &&
          !shown.includes(String(field[key]))
        )
          problems.push(`${version} ${field.path}: ${key} row shows "${shown}"`);
      }
    }
  }
  expect(problems).toEqual([]);
  // Checks that could not pass by accident: three versions of 78 fields, and the 1.0.1 change shown.
  expect(checked).toBeGreaterThanOrEqual(3 * 70);
  expect(rowsByKey.get('1.0.0 la_child_id maxLength')).toBe('36 characters');
});

test('the payload tree lists every current field and links to its entry', async ({ page }) => {
  await page.goto('./reference/payload-structure/');
  const links = await page
    .locator('.payload-tree li[data-field-path]')
    .evaluateAll((items) =>
      items.map((li) => [
        li.getAttribute('data-field-path'),
        li.querySelector(':scope > a')?.getAttribute('href'),
      ]),
    );
  expect(links).toEqual(
    fieldsFor(currentSpecVersion).map((f) => [f.path, `../data-items/#${anchorOf(f.path)}`]),
  );
  // Nesting is real: a placement's type sits three lists deep.
  await expect(
    page.locator('.payload-tree .payload-tree .payload-tree li[data-field-path$="placement_type"]'),
  ).toHaveCount(1);
});

test('the example record on the payload structure page passes the validator', async ({ page }) => {
  await page.goto('./reference/payload-structure/');
  const text = await page.locator('.example-record pre').textContent();
  const report = validate(text ?? '', { today: new Date('2026-11-26T12:00:00Z'), mode: 'full' });
  expect(report.summary.records).toBe(1);
  expect(report.findings).toEqual([]);
});

test('every code set has its anchor and lists all its codes', async ({ page }) => {
  await page.goto('./reference/code-sets/');
  for (const [key, set] of Object.entries(codeSets)) {
    const section = page.locator(`section[data-code-set="${key}"]`);
    await expect(section.locator(`h2#${key}`)).toHaveText(set.title);
    const codes = await section.locator('tbody th[scope="row"]').allTextContents();
    expect(codes, key).toEqual(set.codes.map((c) => c.code));
  }
});

test('every rule in the registry has its catalogue entry, anchor and a real example', async ({ page }) => {
  await page.goto('./reference/validation-rules/');
  const today = new Date('2026-11-26T12:00:00Z');
  const records = generate({ count: 4, seed: 11, today });
  const shown = await page.locator('.rule').evaluateAll((rules) =>
    rules.map((rule) => ({
      id: rule.getAttribute('data-rule'),
      anchor: rule.querySelector('h4')?.id,
      title: rule.querySelector('h4')?.textContent,
      consequence: rule.querySelector('[data-fact="consequence"]')?.textContent ?? '',
      severity: rule.querySelector('[data-fact="severity"]')?.textContent ?? '',
      message: rule.querySelector('[data-fact="message"]')?.textContent,
      hint: rule.querySelector('[data-fact="hint"]')?.textContent,
      example: rule.querySelector('figure')?.textContent ?? null,
    })),
  );
  // Grouped by consequence: everything the API rejects, then data quality, each in registry order.
  const grouped = [
    ...rulesCatalogue.filter((r) => r.consequence === 'rejected'),
    ...rulesCatalogue.filter((r) => r.consequence === 'data-quality'),
  ];
  expect(shown.map((r) => r.id)).toEqual(grouped.map((r) => r.id));
  for (const [i, entry] of grouped.entries()) {
    const rule = shown[i];
    expect(rule?.consequence.startsWith(entry.consequence === 'rejected' ? 'Rejected' : 'Data quality')).toBe(
      true,
    );
    expect(rule?.anchor).toBe(entry.anchor);
    expect(rule?.title).toBe(entry.title);
    expect(rule?.severity.toLowerCase().startsWith(entry.severity)).toBe(true);
    expect(rule?.message).toBe(entry.message);
    expect(rule?.hint).toBe(entry.hint);
    if (entry.fault === null) {
      expect(rule?.example).toBeNull();
      continue;
    }
    const mode = entry.modes?.length === 1 ? entry.modes[0] : 'auto';
    const input = injectFault(records, entry.fault, { index: 1, today });
    const finding = validate(input, { today, mode }).findings.find((f) => f.rule === entry.id);
    expect(finding, entry.id).toBeDefined();
    expect(rule?.example).toContain(finding?.message);
  }
  // The link a finding carries lands on its entry.
  await page.goto('./reference/validation-rules/#upn-check-letter');
  await expect(page.locator('[id="upn-check-letter"]')).toBeInViewport();
});

test('every spec version has its section with its changes', async ({ page }) => {
  await page.goto('./reference/spec-versions/');
  for (const version of specVersions) {
    const section = page.locator(`section[data-version="${version}"]`);
    await expect(section.locator(`h2#version-${version.replaceAll('.', '-')}`)).toHaveText(
      `Version ${version}`,
    );
    for (const change of changelog.find((c) => c.version === version)?.changes ?? []) {
      await expect(section).toContainText(change.change);
    }
  }
  // The computed schema comparison shows the 1.0.1 change to la_child_id.
  await expect(
    page
      .locator('section[data-version="1.0.1"] table.schema-changes tr[data-field-path="la_child_id"]')
      .first(),
  ).toContainText('36 characters');
});
