import { describe, expect, it } from 'vitest';
import { buildAtomFeed, escapeXml } from './atom-feed';

const options = {
  title: 'Pilot updates',
  subtitle: 'News',
  feedUrl: 'https://example.org/base/updates/feed.xml',
  pageUrl: 'https://example.org/base/updates/',
  author: 'Data to Insight',
};

describe('buildAtomFeed', () => {
  it('lists posts newest first, each with its absolute link and dates', () => {
    const xml = buildAtomFeed(
      [
        {
          title: 'Older',
          summary: 'a',
          published: new Date('2026-01-02T00:00:00Z'),
          url: 'https://example.org/base/updates/old/',
        },
        {
          title: 'Newer',
          summary: 'b',
          published: new Date('2026-03-04T00:00:00Z'),
          url: 'https://example.org/base/updates/new/',
        },
      ],
      options,
    );
    expect(xml.indexOf('<title>Newer</title>')).toBeLessThan(xml.indexOf('<title>Older</title>'));
    expect(xml).toContain(
      '<link rel="alternate" type="text/html" href="https://example.org/base/updates/new/"/>',
    );
    expect(xml).toContain('<published>2026-03-04T00:00:00.000Z</published>');
    // The feed's own updated time is that of its newest post.
    expect(xml.match(/<updated>([^<]+)<\/updated>/)?.[1]).toBe('2026-03-04T00:00:00.000Z');
    expect(xml.match(/<entry>/g)).toHaveLength(2);
  });

  it('escapes markup in titles and summaries', () => {
    const xml = buildAtomFeed(
      [
        {
          title: 'A & B <c>',
          summary: '"quoted"',
          published: new Date(0),
          url: 'https://example.org/?a=1&b=2',
        },
      ],
      options,
    );
    expect(xml).toContain('<title>A &amp; B &lt;c&gt;</title>');
    expect(xml).toContain('<summary>&quot;quoted&quot;</summary>');
    expect(xml).toContain('href="https://example.org/?a=1&amp;b=2"');
  });

  it('still writes a complete feed when there are no posts', () => {
    const xml = buildAtomFeed([], options);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(xml.trimEnd().endsWith('</feed>')).toBe(true);
    expect(xml).not.toContain('<entry>');
  });
});

describe('escapeXml', () => {
  it('drops characters XML 1.0 cannot carry', () => {
    expect(escapeXml('a\u0000b\u0008c\uFFFEd')).toBe('abcd');
  });
  it('keeps tabs, new lines and characters outside the basic plane', () => {
    expect(escapeXml('a\tb\nc 😀')).toBe('a\tb\nc 😀');
  });
});
