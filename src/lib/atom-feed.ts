// Builds the Atom document for the pilot updates feed. Plain TypeScript with no Astro imports,
// so unit tests can call it directly; the endpoint in src/pages/updates/ supplies the posts.

export interface FeedPost {
  title: string;
  summary: string;
  /** The date the post is published under (from its file name). */
  published: Date;
  /** The post's absolute URL. */
  url: string;
}

export interface FeedOptions {
  title: string;
  subtitle: string;
  /** Absolute URL of the feed itself. */
  feedUrl: string;
  /** Absolute URL of the page that lists the posts. */
  pageUrl: string;
  author: string;
}

const xmlEscapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text safe inside an XML element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  // Characters XML 1.0 forbids outright are dropped rather than escaped.
  const allowed = text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
  return allowed.replace(/[&<>"']/g, (character) => xmlEscapes[character] ?? character);
}

/** An Atom 1.0 document listing `posts` newest first. */
export function buildAtomFeed(posts: readonly FeedPost[], options: FeedOptions): string {
  const newestFirst = [...posts].sort((a, b) => b.published.getTime() - a.published.getTime());
  const updated = newestFirst[0]?.published ?? new Date(0);
  const entries = newestFirst.map((post) =>
    [
      '  <entry>',
      `    <title>${escapeXml(post.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(post.url)}"/>`,
      `    <id>${escapeXml(post.url)}</id>`,
      `    <published>${post.published.toISOString()}</published>`,
      `    <updated>${post.published.toISOString()}</updated>`,
      `    <summary>${escapeXml(post.summary)}</summary>`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${escapeXml(options.title)}</title>`,
    `  <subtitle>${escapeXml(options.subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(options.feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(options.pageUrl)}"/>`,
    `  <id>${escapeXml(options.pageUrl)}</id>`,
    `  <updated>${updated.toISOString()}</updated>`,
    `  <author><name>${escapeXml(options.author)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
