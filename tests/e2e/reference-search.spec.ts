// Site search (Pagefind) finds data items in the generated reference by field name and by plain words.
import { expect, test } from '@playwright/test';
import { resultTimeout, searchFor } from './site-search';

for (const query of ['unique_pupil_number', 'unique pupil number']) {
  test(`search for "${query}" leads to the UPN's data item entry`, async ({ page }) => {
    const dialog = await searchFor(page, query);
    const entry = dialog
      .locator('a[href*="reference/data-items/#child_details-unique_pupil_number"]')
      .first();
    await expect(entry).toBeVisible(resultTimeout);
    await entry.click();
    await expect(page).toHaveURL(/reference\/data-items\/#child_details-unique_pupil_number$/);
    await expect(page.locator('#child_details-unique_pupil_number')).toBeInViewport();
  });
}

test('search finds a nested data item by its field name', async ({ page }) => {
  const dialog = await searchFor(page, 'placement_type');
  await expect(
    dialog
      .locator(
        'a[href*="reference/data-items/#social_care_episodes-child_looked_after_placements-placement_type"]',
      )
      .first(),
  ).toBeVisible(resultTimeout);
});
