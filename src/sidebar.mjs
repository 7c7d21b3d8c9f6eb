// The site's navigation. Runs in Node when astro.config.mjs is loaded.
// Starlight's `autogenerate` only looks in src/content/docs, and our pages live in content/docs,
// so each section is built here from the files on disk: the pages named in `order` first, in
// that order, then any other page in the folder (by `sidebar.order` in its frontmatter, then
// title). Naming only pages that exist means a page added by someone else still shows up, and a
// page not yet written never breaks the build.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import submitterPackage from '../submitter/package.json' with { type: 'json' };
import { releaseUpdateSlug, releaseUpdateTitle } from './lib/release-update.ts';

const docsRoot = fileURLToPath(new URL('../content/docs/', import.meta.url));
const pageExtensions = ['.md', '.mdx'];

/** Front-matter values the sidebar sorts by; a deliberately small reader for two keys. */
function frontmatterOf(file) {
  const text = readFileSync(file, 'utf-8');
  const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const title = /^title:\s*['"]?(.*?)['"]?\s*$/m.exec(block)?.[1] ?? '';
  const order = /^\s+order:\s*(-?\d+)\s*$/m.exec(block)?.[1];
  return { title, order: order === undefined ? Number.POSITIVE_INFINITY : Number(order) };
}

function pageFile(slug) {
  const base = join(docsRoot, slug);
  for (const candidate of [base, join(base, 'index')]) {
    for (const extension of pageExtensions) {
      if (existsSync(candidate + extension)) return candidate + extension;
    }
  }
  return undefined;
}

/** Slugs of the pages directly inside `folder` (its index page excluded), sorted for the sidebar. */
function pagesInFolder(folder) {
  const directory = join(docsRoot, folder);
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isFile() && pageExtensions.some((extension) => entry.name.endsWith(extension)))
    .filter((entry) => !entry.name.startsWith('index.') && !entry.name.startsWith('_'))
    .map((entry) => ({
      slug: `${folder}/${entry.name.replace(/\.mdx?$/, '')}`,
      ...frontmatterOf(join(directory, entry.name)),
    }))
    .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title))
    .map((page) => page.slug);
}

/**
 * One sidebar group: `order` lists slugs in reading order (those without a page are skipped);
 * `folders` adds every other page found in those folders after them.
 */
function section(label, { order = [], folders = [], newestFirst = false }) {
  const slugs = order.filter((slug) => pageFile(slug) !== undefined);
  for (const folder of folders) {
    const found = pagesInFolder(folder);
    for (const slug of newestFirst ? found.sort().reverse() : found) {
      if (!slugs.includes(slug)) slugs.push(slug);
    }
  }
  return { label, items: slugs.map((slug) => ({ slug })) };
}

export const sidebar = [
  section('Overview', { order: ['overview', 'd2i-scripts', 'data-security', 'glossary', 'help'] }),
  section('Onboarding', {
    order: [
      'onboarding',
      'onboarding/roles-and-access',
      'onboarding/roadmap',
      'onboarding/system-requirements',
      'onboarding/dfe-api-credentials',
      'onboarding/deploy-the-ssd',
      'onboarding/ssd-by-cms',
      'onboarding/test-plan',
      'onboarding/go-live-and-scheduling',
      'onboarding/checklist',
    ],
    folders: ['onboarding'],
  }),
  section('Validator', { order: ['validator', 'validator/compare'], folders: ['validator'] }),
  section('Submitter', {
    order: [
      'submitter',
      'submitter/install-windows',
      'submitter/install-linux',
      'submitter/install-with-node',
      'submitter/network-access',
      'submitter/change-advisory-board',
      'submitter/configuration',
      'submitter/proxies-and-certificates',
      'submitter/logs-and-audit',
      'submitter/database-postgresql',
      'submitter/database-sql-server',
    ],
    folders: ['submitter'],
  }),
  section('Operations', { folders: ['operations'] }),
  section('Reference', { order: ['reference'], folders: ['reference'] }),
  section('Troubleshooting', {
    order: [
      'troubleshooting',
      'troubleshooting/http-status-codes',
      'troubleshooting/symptoms',
      'troubleshooting/validation-failures',
    ],
    folders: ['troubleshooting'],
  }),
  withReleaseUpdate(section('Updates', { order: ['updates'], folders: ['updates'], newestFirst: true })),
].filter((group) => group.items.length > 0);

/**
 * Adds the announcement of the current csc-api release (a page made from the package data, not a file
 * in content/docs) after the updates index. A release is normally the newest update, so it goes first.
 */
function withReleaseUpdate(group) {
  const [index, ...posts] = group.items;
  const version = submitterPackage.version;
  const release = { label: releaseUpdateTitle(version), link: `/${releaseUpdateSlug(version)}/` };
  return { ...group, items: [index, release, ...posts] };
}
