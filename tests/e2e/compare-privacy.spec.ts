// The compare page keeps the validator page's privacy promises, in a real Chromium: the same
// Content-Security-Policy without 'unsafe-eval', no network request after load while comparing and
// downloading, and comparing while offline.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { generate } from 'csc-api-validator/generate';
import { compareExtracts, downloadText, openCompare } from './helpers/compare-page';
import { networkRequests, recordRequests } from './helpers/validator-page';
import { distDir } from './site-pages';

const builtPage = (...path: string[]) => readFileSync(join(distDir, ...path, 'index.html'), 'utf8');
const policyOf = (html: string) =>
  /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replaceAll('&#39;', "'") ??
  '';

function extracts() {
  const previous = generate({ count: 120, seed: 8 });
  const current = structuredClone(previous.slice(2));
  (current[0] as { child_details: { surname: string } }).child_details.surname = 'Changedname';
  return {
    previous: { name: 'last-sent.json', text: JSON.stringify(previous) },
    current: { name: 'today.json', text: JSON.stringify(current) },
  };
}

test('the built page carries the validator page’s policy, which allows each of its inline scripts', () => {
  const html = builtPage('validator', 'compare');
  const policy = policyOf(html);
  expect(policy).toBe(policyOf(builtPage('validator')));
  expect(policy).not.toContain("'unsafe-eval'");
  expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script type="module" src='));
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (match) => match[1] ?? '',
  );
  const missing = inline
    .map((body) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`)
    .filter((hash) => !policy.includes(hash));
  expect(
    missing,
    `Add these hashes to script-src in content/docs/validator/compare.mdx: ${missing.join(' ')}`,
  ).toEqual([]);
});

test('the compare worker is one file that imports nothing (so not node:crypto) and holds no eval', () => {
  const assets = join(distDir, '_astro');
  const workers = readdirSync(assets).filter((name) => /^compare\.worker.*\.js$/.test(name));
  expect(workers.length).toBe(1);
  for (const name of workers) {
    const code = readFileSync(join(assets, name), 'utf8');
    expect(code).not.toMatch(/\bnew Function\b|\beval\(/);
    expect(code).not.toMatch(/\bimport\s*[\w{*]|\bimport\(/);
  }
});

test('after load the page makes no network request while comparing and downloading, and breaks no policy', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const found: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = found;
    document.addEventListener('securitypolicyviolation', (event) => found.push(event.violatedDirective));
  });
  const requests = recordRequests(page);
  await openCompare(page);
  await page.waitForLoadState('networkidle');
  const loaded = requests.length;
  const { previous, current } = extracts();
  await compareExtracts(page, previous, current);
  await expect(page.getByRole('region', { name: 'What csc-api would send' })).toBeVisible();
  await page.getByLabel('Show names, dates of birth, postcodes and UPNs').check();
  await downloadText(page, 'Download the delta requests (JSON)');
  await downloadText(page, 'Download the --partial requests (JSON)');
  expect(networkRequests(requests.slice(loaded))).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual(
    [],
  );
});

test('with the network switched off after load, comparing still works', async ({ page, context }) => {
  await openCompare(page);
  await page.waitForLoadState('networkidle');
  await context.setOffline(true);
  const { previous, current } = extracts();
  await compareExtracts(page, previous, current);
  const results = page.getByRole('region', { name: 'What csc-api would send' });
  await expect(results.locator('[data-verdict]')).toContainText('2 of the 120 children');
});
