// The pilot update that announces a csc-api release, made from the package data so that every
// release is announced in the updates list and the Atom feed without a post written by hand.
// Plain TypeScript with no Astro imports, so unit tests and the sidebar can use it. Runs in Node.
import type { PilotUpdate } from './pilot-updates';
import type { Release } from './release';

/** The post's id and path under the site's base, such as `updates/csc-api-1-2-0`. */
export function releaseUpdateSlug(version: string): string {
  return `updates/csc-api-${version.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
}

export function releaseUpdateTitle(version: string): string {
  return `csc-api ${version} is released`;
}

export function releaseUpdate(release: Release, published: Date): PilotUpdate {
  const { assets } = release;
  return {
    id: releaseUpdateSlug(release.version),
    title: releaseUpdateTitle(release.version),
    description: `Version ${release.version} of the submitter is ready to download: ${assets.windowsExecutable} for Windows Server, ${assets.linuxExecutable} for Linux, and ${assets.tarball} for servers with Node.js, with ${assets.checksums} to check them.`,
    published,
  };
}
