// The pilot updates feed: the built Atom file parses as XML and lists exactly the posts the
// updates page lists, with links that open those posts under the base path.
import { expect, test } from '@playwright/test';

test('the Atom feed parses as XML and lists every pilot update', async ({ page, request }) => {
  await page.goto('./updates/');
  const listed = await page
    .locator('.pilot-update-list li > a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  expect(listed.length).toBeGreaterThan(0);

  const feedLink = page.getByRole('link', { name: 'Atom feed of pilot updates' });
  const feedUrl = new URL((await feedLink.getAttribute('href')) ?? '', page.url()).href;
  const response = await request.get(feedUrl);
  expect(response.ok()).toBe(true);
  const xml = await response.text();

  const parsed = await page.evaluate((text) => {
    const document = new DOMParser().parseFromString(text, 'application/xml');
    const error = document.querySelector('parsererror')?.textContent ?? null;
    const atom = 'http://www.w3.org/2005/Atom';
    const entries = [...document.getElementsByTagNameNS(atom, 'entry')].map((entry) => ({
      title: entry.getElementsByTagNameNS(atom, 'title')[0]?.textContent ?? '',
      href: entry.getElementsByTagNameNS(atom, 'link')[0]?.getAttribute('href') ?? '',
      published: entry.getElementsByTagNameNS(atom, 'published')[0]?.textContent ?? '',
    }));
    return { error, root: document.documentElement.localName, entries };
  }, xml);

  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('feed');
  expect(parsed.entries.map((entry) => new URL(entry.href).pathname)).toEqual(listed);
  for (const entry of parsed.entries) {
    expect(entry.title).not.toBe('');
    expect(Number.isNaN(Date.parse(entry.published))).toBe(false);
    // Each entry's link opens its post on this site.
    const post = await page.goto(new URL(new URL(entry.href).pathname, page.url()).href);
    expect(post?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry.title);
  }
});
