/**
 * Every feed in dist/ (/rss.xml, /onderwerpen/<id>/rss.xml, /reeks/<id>/rss.xml) against the
 * feed criteria F1–F5, and the set of feeds against the content: one per topic and per series
 * with published articles, none for an empty one.
 */
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readContentFiles } from '../../src/integrations/content-checks.ts';
import { checkContent } from '../../src/lib/content/checkers.ts';
import { publishStatus } from '../../src/lib/publish.ts';
import { site } from '../../src/site.config.ts';
import { listFiles, loadDocument, readDist } from '../helpers/dist.ts';
import { assertWellFormedXml } from '../helpers/xml.ts';

const RFC_822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const parser = new XMLParser({
  ignoreAttributes: false,
  cdataPropName: '#cdata',
  processEntities: true,
  htmlEntities: false,
});
/** An RSS item as the parser above returns it: attributes as `@_name`, CDATA sections as `#cdata`. */
interface FeedItem {
  title: string;
  link: string;
  description: string;
  guid: { '#text': string; '@_isPermaLink': string };
  pubDate: string;
  'content:encoded': { '#cdata': string | string[] };
}
const html = (item: FeedItem) => [item['content:encoded']['#cdata']].flat().join('');

const { context } = checkContent(readContentFiles(process.cwd()));
const published = context.articles.filter(
  (a) => a.data && publishStatus(a.data, new Date()) === 'published',
);
const tags: { id: string; label: string; description: string }[] = parse(
  readFileSync('content/tags.yaml', 'utf8'),
);
const series: { id: string; title: string; description: string }[] = parse(
  readFileSync('content/series.yaml', 'utf8'),
);

interface Expected {
  path: string;
  title: string;
  link: string;
  description: string;
  slugs: string[];
}

/** What the content says the feeds must be. */
const expected: Expected[] = [
  {
    path: '/rss.xml',
    title: site.name,
    link: `${site.url}/`,
    description: site.description,
    slugs: published.map((a) => a.slug),
  },
  ...tags.map((t) => ({
    path: `/onderwerpen/${t.id}/rss.xml`,
    title: `${site.name}: onderwerp ${t.label}`,
    link: `${site.url}/onderwerpen/${t.id}/`,
    description: t.description,
    slugs: published.filter((a) => a.data!.tags.includes(t.id)).map((a) => a.slug),
  })),
  ...series.map((s) => ({
    path: `/reeks/${s.id}/rss.xml`,
    title: `${site.name}: reeks ${s.title}`,
    link: `${site.url}/reeks/${s.id}/`,
    description: s.description,
    slugs: published.filter((a) => a.data!.series === s.id).map((a) => a.slug),
  })),
];
const feeds = expected.filter((e) => e.slugs.length > 0);

describe('the set of feeds', () => {
  it('is one feed for everything, one per topic and one per series that has published articles, and nothing else', () => {
    const inDist = listFiles()
      .filter((f) => f.endsWith('rss.xml'))
      .map((f) => `/${f}`);
    expect(inDist.sort()).toEqual(feeds.map((f) => f.path).sort());
    expect(feeds.length).toBeGreaterThan(2);
    console.info(`feeds: ${feeds.map((f) => `${f.path} ${f.slugs.length}`).join(', ')}`);
  });

  it('a topic or series without published articles has neither a feed nor a page', () => {
    for (const empty of expected.filter((e) => e.slugs.length === 0)) {
      expect(listFiles()).not.toContain(empty.path.slice(1));
      expect(listFiles()).not.toContain(`${new URL(empty.link).pathname.slice(1)}index.html`);
    }
  });

  it('every topic and series page announces its own feed and links to it visibly', () => {
    for (const feed of feeds.filter((f) => f.path !== '/rss.xml')) {
      const doc = loadDocument(`${new URL(feed.link).pathname.slice(1)}index.html`);
      const alternates = [
        ...doc.querySelectorAll('link[rel="alternate"][type="application/rss+xml"]'),
      ].map((l) => l.getAttribute('href'));
      expect(alternates).toEqual([`${site.url}/rss.xml`, `${site.url}${feed.path}`]);
      const follow = doc.querySelector('.follow-links');
      expect(follow?.textContent).toMatch(
        feed.path.startsWith('/reeks/') ? /Volg deze reeks/ : /Volg dit onderwerp/,
      );
      expect([...follow!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toContain(
        feed.path,
      );
    }
  });
});

describe.each(feeds)('RSS feed $path', (want) => {
  const xml = readDist(want.path.slice(1));
  const feed = parser.parse(xml);
  const channel = feed.rss.channel;
  const items: FeedItem[] = [channel.item ?? []].flat();

  it('F1: is well-formed RSS 2.0 in UTF-8 with the atom namespace', () => {
    assertWellFormedXml(xml);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(feed.rss['@_version']).toBe('2.0');
    expect(feed.rss['@_xmlns:atom']).toBe('http://www.w3.org/2005/Atom');
  });

  it('F2: has title, absolute https link, description, nl-nl and a self link to its own URL', () => {
    expect(channel.title).toBe(want.title);
    expect(channel.link).toBe(want.link);
    expect(channel.description).toBe(want.description);
    expect(channel.language).toBe('nl-nl');
    expect(channel['atom:link']).toMatchObject({
      '@_href': `${site.url}${want.path}`,
      '@_rel': 'self',
      '@_type': 'application/rss+xml',
    });
  });

  it('F3: every item has a title, an https link, a unique permalink GUID and an RFC 822 date not after the build', () => {
    const guids = new Set<string>();
    for (const item of items) {
      expect(item.title).toBeTruthy();
      expect(item.link).toMatch(new RegExp(`^${site.url}/artikelen/[a-z0-9-]+/$`));
      expect(item.guid).toMatchObject({ '#text': item.link, '@_isPermaLink': 'true' });
      guids.add(item.guid['#text']);
      expect(item.pubDate).toMatch(RFC_822);
      expect(new Date(item.pubDate).getTime()).toBeLessThanOrEqual(Date.now());
    }
    expect(guids.size).toBe(items.length);
  });

  it('F4: full article HTML with only absolute URLs, no scripts, embeds, handlers or Astro attributes', () => {
    for (const item of items) {
      const body = html(item);
      expect(body.length).toBeGreaterThan(200);
      const { document } = parseHTML(`<div>${body}</div>`);
      expect(document.querySelectorAll('script, iframe, embed, object, style')).toHaveLength(0);
      for (const el of document.querySelectorAll('*')) {
        for (const attr of el.attributes) {
          expect(attr.name).not.toMatch(/^on|^data-astro/);
          if (['href', 'src'].includes(attr.name))
            expect(attr.value, attr.value).toMatch(/^(https:\/\/|mailto:|tel:)/);
        }
      }
    }
  });

  it("F4: the feed text equals the page text for every item: update note, editor's note and unverified box, then the article", () => {
    const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();
    for (const item of items) {
      const slug = new URL(item.link).pathname.split('/')[2]!;
      const page = loadDocument(`artikelen/${slug}/index.html`);
      const feed = parseHTML(`<div>${html(item)}</div>`).document.querySelector('div')!;
      // Above the text, in the order of the page: the update note, the editor's note, the unverified claims.
      const notes = [
        page.querySelector('.update-note'),
        page.querySelector('.editor-note'),
        page.querySelector('.unverified'),
      ].filter((n) => n !== null);
      const feedNotes = [...feed.children].slice(0, notes.length);
      // Compared block by block: the page's markup puts whitespace between blocks, the feed's does not.
      const blocks = (el: Element) =>
        el.matches('p') ? [text(el)] : [...el.querySelectorAll('p, li')].map(text);
      expect(feedNotes.map(blocks), slug).toEqual(notes.map(blocks));
      for (const note of feedNotes) note.remove();
      expect(feed.querySelector(':scope > aside'), slug).toBeNull();
      // The definitions on tap (popovers) are page-only: the feed keeps plain links.
      for (const popover of page.querySelectorAll('.prose [popover]')) popover.remove();
      expect(text(feed)).toBe(text(page.querySelector('.prose')));
    }
  });

  it('F5: the items are exactly the published articles of this feed, newest first', () => {
    expect(items.map((i) => i.link).sort()).toEqual(
      want.slugs.map((slug) => `${site.url}/artikelen/${slug}/`).sort(),
    );
    const dates = items.map((i) => new Date(i.pubDate).getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('F5: an article has the same item (GUID, date, text) in every feed it is in', () => {
    const site = parser.parse(readDist('rss.xml')).rss.channel;
    const bySlug = new Map([site.item].flat().map((i: FeedItem) => [i.link, i]));
    for (const item of items) expect(item).toEqual(bySlug.get(item.link));
  });
});
