// Guides print cleanly: in print media only the page content shows, tables fit the page, and
// external links have their address written out.
import { expect, test } from '@playwright/test';

for (const path of [
  'onboarding/deploy-the-ssd/',
  'onboarding/dfe-api-credentials/',
  'onboarding/checklist/',
]) {
  test(`/${path} prints without navigation and with whole tables`, async ({ page }) => {
    await page.goto(`./${path}`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    for (const selector of [
      'nav.sidebar',
      'site-search',
      'starlight-theme-select',
      '.right-sidebar-container',
    ]) {
      await expect(page.locator(selector).first()).toBeHidden();
    }
    const overflowing = await page
      .locator('.sl-markdown-content table')
      .evaluateAll((tables) => tables.filter((table) => table.scrollWidth > table.clientWidth + 1).length);
    expect(overflowing).toBe(0);
  });
}

test('printed external links show where they go', async ({ page }) => {
  await page.goto('./onboarding/deploy-the-ssd/');
  await page.emulateMedia({ media: 'print' });
  const link = page.locator('.sl-markdown-content a[href^="https://"]').first();
  const href = await link.getAttribute('href');
  const after = await link.evaluate((element) => getComputedStyle(element, '::after').content);
  expect(after).toContain(href ?? 'no external link');
});
