// Checks every internal link and asset reference in the built site resolves, fragments included,
// under the base path the site was built with. Reads dist/ directly; no browser needed.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { externalLinkProblem } from './external-hosts';
import { basePath, builtFiles, distDir } from './site-pages';

const attributePattern = /\s(?:href|src|srcset)="([^"]*)"/g;
const idPattern = /\sid="([^"]+)"/g;

function targetFile(sitePath: string): string | null {
  const candidates = sitePath.endsWith('/')
    ? [`${sitePath}index.html`]
    : [sitePath, `${sitePath}/index.html`, `${sitePath}.html`];
  for (const candidate of candidates) {
    const file = join(distDir, candidate);
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

const idCache = new Map<string, Set<string>>();
function idsIn(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(file, 'utf8').matchAll(idPattern)].map((m) => m[1] ?? ''));
    idCache.set(file, ids);
  }
  return ids;
}

function referencesIn(html: string): string[] {
  return [...html.matchAll(attributePattern)].flatMap((m) => {
    const value = (m[1] ?? '').replaceAll('&amp;', '&');
    // srcset holds "url 2x, url 3x".
    return value.includes(', ') ? value.split(',').map((part) => part.trim().split(' ')[0] ?? '') : [value];
  });
}

test('every internal link and asset in dist/ resolves under the base path', () => {
  const pages = builtFiles().filter((file) => file.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(1);
  const broken: string[] = [];
  let checked = 0;
  for (const page of pages) {
    const pageUrl = new URL(`http://site${basePath}${page}`);
    const html = readFileSync(join(distDir, page), 'utf8');
    for (const reference of referencesIn(html)) {
      // Other schemes and hosts are external: not ours to check offline.
      if (!reference || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(reference)) continue;
      const url = new URL(reference, pageUrl);
      checked += 1;
      const path = decodeURIComponent(url.pathname);
      if (!path.startsWith(basePath)) {
        broken.push(`${page}: ${reference} (outside the base path ${basePath})`);
        continue;
      }
      const file = targetFile(path.slice(basePath.length));
      if (!file) {
        broken.push(`${page}: ${reference} (no such file)`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && file.endsWith('.html') && !idsIn(file).has(fragment)) {
        broken.push(`${page}: ${reference} (no element with id "${fragment}")`);
      }
    }
  }
  expect(checked).toBeGreaterThan(pages.length);
  expect(broken, `Broken links:\n${broken.join('\n')}`).toEqual([]);
});

/** The origin the site was built for (astro.config.mjs reads the same variable). */
const siteOrigin = new URL(process.env.SITE_URL || 'http://localhost:4321').origin;
const externalPattern = /\shref="((?:[a-z][a-z0-9+.-]*:|\/\/)[^"]*)"/gi;

test('every external link in dist/ uses https, goes to an allowed host and carries no tracking', () => {
  const pages = builtFiles().filter((file) => file.endsWith('.html'));
  const problems = new Set<string>();
  const hosts = new Set<string>();
  for (const page of pages) {
    const html = readFileSync(join(distDir, page), 'utf8');
    for (const match of html.matchAll(externalPattern)) {
      const reference = (match[1] ?? '').replaceAll('&amp;', '&');
      // The site's own address (canonical links, the sitemap) is not an external link.
      if (reference.startsWith(siteOrigin)) continue;
      const problem = externalLinkProblem(reference.startsWith('//') ? `https:${reference}` : reference);
      if (problem) problems.add(`${page}: ${reference} (${problem})`);
      else if (!reference.startsWith('mailto:')) hosts.add(new URL(reference).hostname);
    }
  }
  // The DfE's guidance and D2I's repositories are linked: the site is not an island.
  expect([...hosts]).toEqual(
    expect.arrayContaining(['www.gov.uk', 'github.com', 'data-to-insight.github.io']),
  );
  expect([...problems], `External link problems:\n${[...problems].join('\n')}`).toEqual([]);
});
