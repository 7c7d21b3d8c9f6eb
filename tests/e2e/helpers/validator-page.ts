// Shared steps for the validator page's end-to-end tests (Node, driving Chromium through Playwright).
import { expect, type Page, type Request } from '@playwright/test';

/** Opens the validator and waits until its worker and Monaco have loaded. */
export async function openValidator(page: Page): Promise<void> {
  await page.goto('./validator/');
  await expect(page.locator('csc-validator[data-ready="true"]')).toBeAttached({ timeout: 30_000 });
  await expect(page.locator('.monaco-editor')).toBeVisible();
}

/** Replaces the editor's text with `text` through a real paste event, as a user pasting would. */
export async function pasteIntoEditor(page: Page, text: string): Promise<void> {
  await page.locator('.monaco-editor').first().click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.evaluate((pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    const target = document.activeElement ?? document.body;
    target.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
  await expect
    .poll(() => page.evaluate(() => document.querySelector('.monaco-editor')?.textContent?.length ?? 0))
    .toBeGreaterThan(0);
}

/** The 1-based line number where the editor's cursor is. */
export async function cursorLine(page: Page): Promise<number> {
  const text = await page.locator('.monaco-editor .line-numbers.active-line-number').first().textContent();
  return Number(text);
}

/** The 1-based line of the first line of `text` that contains `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`The sample has no line containing ${needle}`);
  return index + 1;
}

/** Starts recording every request the page (and its workers) makes; returns the list, which keeps growing. */
export function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.context().on('request', (request) => requests.push(request));
  return requests;
}

/** Requests that reached for the network (anything but in-memory blob: and data: URLs). */
export function networkRequests(requests: Request[]): string[] {
  return requests.map((request) => request.url()).filter((url) => !/^(blob|data):/.test(url));
}
