/** /rss.xml against the feed criteria F1–F5. */
import { XMLParser } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/integrations/content-checks.ts';
import { checkContent } from '../../src/lib/content/checkers.ts';
import { publishStatus } from '../../src/lib/publish.ts';
import { site } from '../../src/site.config.ts';
import { loadDocument, readDist } from '../helpers/dist.ts';
import { assertWellFormedXml } from '../helpers/xml.ts';

const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const xml = readDist('rss.xml');
const feed = new XMLParser({ ignoreAttributes: false, cdataPropName: '#cdata', processEntities: true, htmlEntities: false }).parse(xml);
const channel = feed.rss.channel;
const items: Record<string, any>[] = [channel.item ?? []].flat();
const html = (item: Record<string, any>) => [item['content:encoded']['#cdata']].flat().join('');

describe('RSS feed', () => {
  it('F1: is well-formed RSS 2.0 in UTF-8 with the atom namespace', () => {
    assertWellFormedXml(xml);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(feed.rss['@_version']).toBe('2.0');
    expect(feed.rss['@_xmlns:atom']).toBe('http://www.w3.org/2005/Atom');
  });

  it('F2: has title, absolute https link, description, nl-nl and a self link', () => {
    expect(channel.title).toBe(site.name);
    expect(channel.link).toBe(`${site.url}/`);
    expect(channel.description).toBe(site.description);
    expect(channel.language).toBe('nl-nl');
    expect(channel['atom:link']).toMatchObject({ '@_href': `${site.url}/rss.xml`, '@_rel': 'self', '@_type': 'application/rss+xml' });
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
          if (['href', 'src'].includes(attr.name)) expect(attr.value, attr.value).toMatch(/^(https:\/\/|mailto:|tel:)/);
        }
      }
    }
  });

  it('F4: the feed text equals the page text for every item: update note, editor\'s note and unverified box, then the article', () => {
    const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();
    for (const item of items) {
      const slug = new URL(item.link).pathname.split('/')[2]!;
      const page = loadDocument(`artikelen/${slug}/index.html`);
      const feed = parseHTML(`<div>${html(item)}</div>`).document.querySelector('div')!;
      // Above the text, in the order of the page: the update note, the editor's note, the unverified claims.
      const notes = [page.querySelector('.update-note'), page.querySelector('.editor-note'), page.querySelector('.unverified')].filter((n) => n !== null);
      const feedNotes = [...feed.children].slice(0, notes.length);
      // Compared block by block: the page's markup puts whitespace between blocks, the feed's does not.
      const blocks = (el: Element) => (el.matches('p') ? [text(el)] : [...el.querySelectorAll('p, li')].map(text));
      expect(feedNotes.map(blocks), slug).toEqual(notes.map(blocks));
      for (const note of feedNotes) note.remove();
      expect(feed.querySelector(':scope > aside'), slug).toBeNull();
      // The definitions on tap (popovers) are page-only: the feed keeps plain links.
      for (const popover of page.querySelectorAll('.prose [popover]')) popover.remove();
      expect(text(feed)).toBe(text(page.querySelector('.prose')));
    }
  });

  it('F5: the items are exactly the published articles, newest first', async () => {
    const { context } = checkContent(await readContentFiles(process.cwd()));
    const published = context.articles.filter((a) => a.data && publishStatus(a.data, new Date()) === 'published');
    expect(items.map((i) => i.link).sort()).toEqual(published.map((a) => `${site.url}/artikelen/${a.slug}/`).sort());
    const dates = items.map((i) => new Date(i.pubDate).getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });
});
