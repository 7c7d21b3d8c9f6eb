// The pilot update posts, newest first, for the updates index and the Atom feed: the posts in
// content/docs/updates/ and the announcement of the current csc-api release, made from its package data.
// Runs in Node at build time (uses the docs content collection).
import { getCollection } from 'astro:content';
import { pilotUpdateDate } from './pilot-update-date';
import { currentRelease } from './release';
import { releaseDate } from './release-date';
import { releaseUpdate } from './release-update';

export interface PilotUpdate {
  /** Docs entry id, for example `updates/2026-11-26-site-launch`; also the page's path under the base. */
  id: string;
  title: string;
  description: string;
  published: Date;
}

export async function pilotUpdates(): Promise<PilotUpdate[]> {
  const entries = await getCollection('docs', (entry) => entry.id.startsWith('updates/'));
  const posts: PilotUpdate[] = [currentReleaseUpdate()];
  for (const entry of entries) {
    const published = pilotUpdateDate(entry.id);
    if (!published) {
      throw new Error(
        `The pilot update "${entry.filePath}" needs a file name that starts with its date, like 2026-11-26-title.md.`,
      );
    }
    posts.push({
      id: entry.id,
      title: entry.data.title,
      description: entry.data.description ?? '',
      published,
    });
  }
  return posts.sort((a, b) => b.published.getTime() - a.published.getTime() || a.id.localeCompare(b.id));
}

/** The announcement of the csc-api version in submitter/package.json, dated by its tag or version commit. */
export function currentReleaseUpdate(): PilotUpdate {
  return releaseUpdate(currentRelease, releaseDate(currentRelease.version) ?? new Date(0));
}

/** The site's base path with exactly one trailing slash, for building links. */
export function basePath(): string {
  const base = import.meta.env.BASE_URL;
  return base.endsWith('/') ? base : `${base}/`;
}
