import { expect, test } from '@playwright/test';

test('search finds the overview page by a word it contains', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Search' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Search' }).fill('acknowledge');
  const result = dialog.getByRole('link', { name: /Overview/ }).first();
  await expect(result).toBeVisible();
  await result.click();
  await expect(page).toHaveURL(/overview\//);
});
