// Every docs page in dist/ shows when it last changed and links to its source for editing.
// Reads the built HTML directly; no browser needed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtFiles, distDir } from './site-pages';

const pages = builtFiles().filter((file) => file.endsWith('.html') && file !== '404.html');

test('every page shows a last-updated date and an edit link to its source file', () => {
  expect(pages.length).toBeGreaterThan(5);
  const problems: string[] = [];
  for (const page of pages) {
    const html = readFileSync(join(distDir, page), 'utf8');
    const datetime = /<p class="last-updated">[^<]*<time datetime="([^"]+)"/.exec(html)?.[1];
    if (!datetime || Number.isNaN(Date.parse(datetime))) problems.push(`${page}: no last-updated date`);
    else if (Date.parse(datetime) > Date.now() + 86_400_000)
      problems.push(`${page}: last updated in the future`);
    // Pages made from package data (the release update) link to the template that makes them.
    if (
      !/href="https:\/\/[^"]+\/edit\/[^"]+\/(content\/docs\/[^"]+\.mdx?|src\/pages\/[^"]+\.astro)"/.test(html)
    ) {
      problems.push(`${page}: no edit link to its source under content/docs or src/pages`);
    }
  }
  expect(problems).toEqual([]);
});
