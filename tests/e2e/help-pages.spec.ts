// The help and operations pages are found by site search, and the data items page has no filler rows.
import { expect, test } from '@playwright/test';
import { resultTimeout, searchFor } from './site-search';

const found: [query: string, page: string][] = [
  ['AADSTS7000222', 'operations/running-for-years/'],
  ['65,535', 'operations/checking-what-was-sent/'],
  ['feedback form', 'help/'],
];

for (const [query, target] of found) {
  test(`search for "${query}" finds ${target}`, async ({ page }) => {
    const dialog = await searchFor(page, query);
    await expect(dialog.locator(`a[href$="${target}"], a[href*="${target}#"]`).first()).toBeVisible(
      resultTimeout,
    );
  });
}

test('the help page links to the feedback form and to this project’s issues', async ({ page }) => {
  await page.goto('./help/');
  await expect(page.getByRole('link', { name: 'D2I’s feedback form for LAs' })).toHaveAttribute(
    'href',
    /^https:\/\/forms\.gle\//,
  );
  await expect(page.getByRole('link', { name: 'This project’s GitHub issues' })).toHaveAttribute(
    'href',
    /\/issues$/,
  );
});

test('the data items page shows no filler rows', async ({ page }) => {
  await page.goto('./reference/data-items/');
  const facts = page.locator('.data-item dl');
  await expect(facts.first()).toBeVisible();
  const text = await page.locator('.data-item').allTextContents();
  const joined = text.join('\n');
  expect(joined).not.toContain('Name in words');
  expect(joined).not.toContain('Not a single SSD column');
  expect(await page.locator('[data-fact="limits"]', { hasText: /^None$/ }).count()).toBe(0);
  await expect(
    page
      .locator('[data-field-path="social_care_episodes[].care_worker_details"] [data-fact="builder"]')
      .first(),
  ).toContainText('CW');
});
