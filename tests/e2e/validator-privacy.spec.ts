// Proves the validator page's privacy promises in a real Chromium: a Content-Security-Policy without
// 'unsafe-eval' that the page works under, no network request after load, and checking while offline.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { knownBadBatch } from './helpers/validator-fixtures';
import { networkRequests, openValidator, pasteIntoEditor, recordRequests } from './helpers/validator-page';
import { distDir } from './site-pages';

const builtPage = () => readFileSync(join(distDir, 'validator', 'index.html'), 'utf8');

function policyOf(html: string): string {
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  if (!policy) throw new Error('The validator page has no Content-Security-Policy meta tag.');
  return policy.replaceAll('&#39;', "'");
}

function directive(policy: string, name: string): string[] {
  const found = policy.split(';').map((part) => part.trim().split(/\s+/));
  return found.find((parts) => parts[0] === name)?.slice(1) ?? [];
}

/** Collects the page's CSP violation reports, from before its first script runs. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const found: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = found;
    document.addEventListener('securitypolicyviolation', (event) => {
      found.push(`${event.violatedDirective} blocked ${event.blockedURI || event.sample}`);
    });
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

test('the built page carries a policy without unsafe-eval that allows each of its inline scripts', () => {
  const html = builtPage();
  const policy = policyOf(html);
  expect(policy).not.toContain("'unsafe-eval'");
  const scripts = directive(policy, 'script-src');
  expect(scripts).toContain("'self'");
  expect(scripts).not.toContain("'unsafe-inline'");
  expect(directive(policy, 'object-src')).toEqual(["'none'"]);
  expect(directive(policy, 'connect-src')).toEqual(["'self'"]);
  // The policy must come before the page's own scripts to govern them.
  expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script type="module" src='));

  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (match) => match[1] ?? '',
  );
  expect(inline.length).toBeGreaterThan(0);
  const missing = inline
    .map((body) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`)
    .filter((hash) => !scripts.includes(hash));
  expect(
    missing,
    `Add these hashes to script-src in content/docs/validator.mdx: ${missing.join(' ')}`,
  ).toEqual([]);
});

test('the worker bundle holds no eval or new Function, so it needs no unsafe-eval either', () => {
  // A worker's policy comes from its own response headers, which GitHub Pages does not set, so the page's
  // meta policy does not reach it: the built code itself is the proof.
  const assets = join(distDir, '_astro');
  const workers = readdirSync(assets).filter((name) => /^validator\.worker.*\.js$/.test(name));
  expect(workers.length).toBe(1);
  for (const name of workers) {
    const code = readFileSync(join(assets, name), 'utf8');
    expect(code).not.toMatch(/\bnew Function\b|\beval\(/);
    // No imports to other chunks: everything the worker runs is in this one file.
    expect(code).not.toMatch(/\bimport\s*[\w{*]|\bimport\(/);
  }
});

test('after load the page makes no network request while pasting, uploading, checking and exporting (the Excel writer aside), and breaks no policy', async ({
  page,
}) => {
  const violations = await watchViolations(page);
  const requests = recordRequests(page);
  await openValidator(page);
  await page.waitForLoadState('networkidle');
  // The policy is in force: an inline script without a listed hash is refused.
  const ranInline = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    document.head.append(script);
    return (window as unknown as { inlineRan?: boolean }).inlineRan === true;
  });
  expect(ranInline).toBe(false);
  expect((await violations()).some((line) => line.startsWith('script-src'))).toBe(true);
  const loadedBefore = requests.length;
  const violationsBefore = (await violations()).length;

  await pasteIntoEditor(page, knownBadBatch());
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  await page.locator('.csc-v-finding').first().click();

  await page.getByLabel('Choose files').setInputFiles({
    name: 'upload.json',
    mimeType: 'application/json',
    buffer: Buffer.from(knownBadBatch()),
  });
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible();

  // A file too big for the editor is read inside the worker: still nothing on the network.
  await page.getByLabel('Choose files').setInputFiles({
    name: 'big.json',
    mimeType: 'application/json',
    buffer: Buffer.from(knownBadBatch().replace('[', `[${' '.repeat(5 * 1024 * 1024)}`)),
  });
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.locator('[data-summary] dt:has-text("Checked") + dd')).toHaveText('big.json');
  await page.getByRole('button', { name: 'Clear files' }).click();

  await page.getByLabel('Load a sample').selectOption('problems');
  await page.getByRole('button', { name: 'Load sample' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sample loaded' })).toBeVisible();
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible();

  await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await page.getByRole('button', { name: 'Print view' }).click();
  expect(networkRequests(requests.slice(loadedBefore))).toEqual([]);

  // The Excel writer is the one thing fetched after load: its own script from this site, asked for when the
  // button is first pressed. A plain GET of a file of the site, it carries nothing of what was checked.
  const beforeExcel = requests.length;
  await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download Excel' }).click(),
  ]);
  const excelFetches = requests.slice(beforeExcel).filter((request) => networkRequests([request]).length > 0);
  expect(excelFetches.length).toBeGreaterThan(0);
  for (const request of excelFetches) {
    const url = new URL(request.url());
    expect(url.origin).toBe(new URL(page.url()).origin);
    expect(url.pathname).toMatch(/\/_astro\/[\w.-]+\.js$/);
    expect(url.search).toBe('');
    expect(request.method()).toBe('GET');
    expect(request.postData()).toBeNull();
  }
  // Pressed again, it fetches nothing more.
  const afterFirstExcel = requests.length;
  await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download Excel' }).click(),
  ]);
  expect(networkRequests(requests.slice(afterFirstExcel))).toEqual([]);
  expect((await violations()).slice(violationsBefore)).toEqual([]);
  // The worker's validator ran under the policy: the schema checks need no eval.
  await expect(page.locator('[data-summary]')).toContainText('Records');
});

test('with the network switched off after load, checking still works', async ({ page, context }) => {
  await openValidator(page);
  await page.waitForLoadState('networkidle');
  await context.setOffline(true);
  await pasteIntoEditor(page, knownBadBatch());
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  await page.getByLabel('Load a sample').selectOption('valid');
  await page.getByRole('button', { name: 'Load sample' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sample loaded' })).toBeVisible();
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.getByText('No errors found')).toBeVisible();
});
