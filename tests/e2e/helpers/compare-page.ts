// Shared steps for the compare page's end-to-end tests (Node, driving Chromium through Playwright).
import { expect, type Page } from '@playwright/test';

export type Extract = string | { name: string; text: string };

/** Opens the compare page and waits until its element has started its worker. */
export async function openCompare(page: Page): Promise<void> {
  await page.goto('./validator/compare/');
  await expect(page.locator('csc-compare[data-ready="true"]')).toBeAttached({ timeout: 30_000 });
}

const fieldsets = { previous: 'The extract last sent', current: 'Today’s extract' } as const;

/** Gives one extract as a file: a path on disk, or a name and its text. */
export async function chooseExtract(
  page: Page,
  which: keyof typeof fieldsets,
  extract: Extract,
): Promise<void> {
  const input = page.getByRole('group', { name: fieldsets[which] }).getByLabel('Choose a file');
  if (typeof extract === 'string') await input.setInputFiles(extract);
  else
    await input.setInputFiles({
      name: extract.name,
      mimeType: 'application/json',
      buffer: Buffer.from(extract.text),
    });
}

/** Gives both extracts and selects Compare. */
export async function compareExtracts(page: Page, previous: Extract, current: Extract): Promise<void> {
  await chooseExtract(page, 'previous', previous);
  await chooseExtract(page, 'current', current);
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
}

/** The text of a download the page makes when `button` is selected. */
export async function downloadText(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
