import { expect, test } from '@playwright/test';

test('the home page renders its title and links to the overview', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'Sending children’s social care data to the DfE CSC API',
  );
  await page.getByRole('link', { name: 'Read the overview' }).click();
  await expect(page).toHaveURL(/overview\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
});

test('a missing page shows the 404 page', async ({ page }) => {
  const response = await page.goto('./no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
