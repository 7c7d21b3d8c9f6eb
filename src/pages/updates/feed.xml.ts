// The pilot updates as an Atom feed, written to dist/updates/feed.xml at build time.
import type { APIRoute } from 'astro';
import { buildAtomFeed } from '../../lib/atom-feed';
import { basePath, pilotUpdates } from '../../lib/pilot-updates';

export const prerender = true;

export const GET: APIRoute = async ({ site }) => {
  const origin = site ?? new URL('http://localhost:4321');
  const absolute = (path: string) => new URL(`${basePath()}${path}`, origin).href;
  const posts = await pilotUpdates();
  const xml = buildAtomFeed(
    posts.map((post) => ({
      title: post.title,
      summary: post.description,
      published: post.published,
      url: absolute(`${post.id}/`),
    })),
    {
      title: 'CSC API pilot updates: Data to Insight',
      subtitle: 'News for local authorities in the DfE CSC Dashboard Early Adopters scheme.',
      feedUrl: absolute('updates/feed.xml'),
      pageUrl: absolute('updates/'),
      author: 'Data to Insight',
    },
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
