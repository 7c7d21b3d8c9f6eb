// Opens the site's search (Pagefind) and types a query, for the search tests. Runs in Node (Playwright).
import type { Locator, Page } from '@playwright/test';

/** Pagefind loads each result's fragment after the count appears; on a busy machine that takes seconds. */
export const resultTimeout = { timeout: 20_000 };

/** Searches from the home page and returns the search dialog, with results loading. */
export async function searchFor(page: Page, query: string): Promise<Locator> {
  await page.goto('./');
  await page.getByRole('button', { name: 'Search' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Search' }).fill(query);
  return dialog;
}
