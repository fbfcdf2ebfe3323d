/**
 * Every page in the production build: document basics (D7), absolute URLs (D8), unique titles,
 * and that each published article has its page.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/checkers.ts';
import { readContentFiles } from '../../src/integrations/content-checks.ts';
import { publishStatus } from '../../src/lib/publish.ts';
import { site } from '../../src/site.config.ts';
import { listFiles, listPages, loadDocument, readDist } from '../helpers/dist.ts';

const pages = listPages();
const ORIGIN = `${site.url}/`;

describe('every HTML page', () => {
  it('exists in a useful number', () => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
  });

  it.each(pages)('$url has the document basics', ({ file, url }) => {
    const html = readDist(file);
    const doc = loadDocument(file);
    expect(html.slice(0, 15).toLowerCase()).toBe('<!doctype html>');
    expect(html.slice(0, 1024)).toMatch(/<meta charset="utf-8">/i);
    expect(doc.documentElement.getAttribute('lang')).toBe('nl');
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(doc.querySelector('title')?.textContent?.trim()).not.toBe('');
    expect(
      doc.querySelector('meta[name="description"]')?.getAttribute('content')?.length,
    ).toBeGreaterThan(20);
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
    expect(canonical).toBe(new URL(url, ORIGIN).href);
    expect(doc.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(canonical);
    // D8: share images (when a page has them) are absolute on the production origin too.
    for (const meta of doc.querySelectorAll(
      'meta[property="og:image"], meta[name="twitter:image"]',
    )) {
      expect(meta.getAttribute('content'), file).toMatch(new RegExp(`^${ORIGIN}`));
    }
  });

  it('has a unique <title> per page', () => {
    const titles = pages.map(({ file }) => loadDocument(file).querySelector('title')?.textContent);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('has a skip link to the main content as the first focusable element', () => {
    for (const { file } of pages) {
      const doc = loadDocument(file);
      const first = doc.querySelector('body a[href], body button, body input');
      expect(first?.getAttribute('href'), file).toBe('#inhoud');
      expect(doc.getElementById('inhoud')?.tagName, file).toBe('MAIN');
    }
  });

  it('A4: links to the accessibility statement from the footer of every page', () => {
    for (const { file } of pages) {
      expect(
        loadDocument(file).querySelector('footer a[href="/toegankelijkheid/"]')?.textContent,
        file,
      ).toBe('Toegankelijkheid');
    }
  });

  it('has valid JSON-LD without a raw "<", with absolute URLs on the production origin', () => {
    for (const { file } of pages) {
      for (const script of loadDocument(file).querySelectorAll(
        'script[type="application/ld+json"]',
      )) {
        const raw = script.textContent ?? '';
        expect(raw, file).not.toContain('<');
        const data = JSON.parse(raw) as Record<string, unknown>;
        const urls = JSON.stringify(data).match(/https?:\/\/[^"]+/g) ?? [];
        for (const u of urls.filter((u) => !u.startsWith('https://schema.org')))
          expect(u, file).toMatch(new RegExp(`^${ORIGIN}`));
      }
    }
  });
});

const { context } = checkContent(readContentFiles(process.cwd()));

describe('articles', () => {
  const published = context.articles.filter(
    (a) => a.data && publishStatus(a.data, new Date()) === 'published',
  );

  it('every published article has its page', () => {
    expect(published.length).toBeGreaterThanOrEqual(1);
    const files = new Set(listFiles());
    for (const article of published)
      expect(files.has(`artikelen/${article.slug}/index.html`), article.slug).toBe(true);
  });

  it('every article page has title, Dutch date, reading time, author, topics and BlogPosting data', () => {
    for (const article of published) {
      const doc = loadDocument(`artikelen/${article.slug}/index.html`);
      expect(doc.querySelector('h1')?.textContent).toBe(article.data!.title);
      const time = doc.querySelector('.article__meta time');
      expect(time?.getAttribute('datetime')).toBe(article.data!.pubDate.toISOString().slice(0, 10));
      expect(time?.textContent).toMatch(
        /^\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}$/,
      );
      expect(doc.querySelector('.article__meta')?.textContent).toMatch(/\d+ minu(ut|ten) leestijd/);
      expect(doc.querySelectorAll('.tag-list a[href^="/onderwerpen/"]').length).toBe(
        article.data!.tags.length,
      );
      const ld = JSON.parse(
        doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}',
      );
      expect(ld).toMatchObject({ '@type': 'BlogPosting', headline: article.data!.title });
      expect(
        doc
          .querySelector('link[rel="alternate"][type="application/rss+xml"]')
          ?.getAttribute('href'),
      ).toBe(`${ORIGIN}rss.xml`);
      expect(doc.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe(
        'article',
      );
    }
  });

  it('article pages ship no JavaScript', () => {
    for (const article of published) {
      const doc = loadDocument(`artikelen/${article.slug}/index.html`);
      const scripts = [...doc.querySelectorAll('script')].filter(
        (s) => s.getAttribute('type') !== 'application/ld+json',
      );
      expect(scripts, article.slug).toEqual([]);
    }
  });
});

describe("the client's first article", () => {
  const original = readFileSync('tests/fixtures/client-article-000.txt', 'utf8');
  const [title, ...rest] = original.split('\n');
  const paragraphs = rest
    .join('\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const doc = loadDocument('artikelen/het-begin-van-het-einde-van-gt-connect/index.html');
  // The text as read: a term's definition on tap is a closed popover, not part of the paragraph.
  for (const popover of doc.querySelectorAll('.prose [popover]')) popover.remove();
  const body = [...doc.querySelectorAll('.prose p')].map((p) => p.textContent ?? '');

  it('has the first line as its title', () => {
    expect(doc.querySelector('h1')?.textContent).toBe(title);
  });

  it('is published verbatim: every paragraph, in order, nothing added', () => {
    expect(paragraphs.length).toBe(6);
    expect(body).toEqual(paragraphs);
  });

  it('is dated 1 October 2020 and opens the series', () => {
    expect(doc.querySelector('.article__meta time')?.outerHTML).toBe(
      '<time datetime="2020-10-01">1 oktober 2020</time>',
    );
    // As a reader sees it: a line break in the template is a space on the page.
    expect(doc.querySelector('.article__kicker')?.textContent?.replace(/\s+/g, ' ')).toMatch(
      /deel 1 van \d+/,
    );
  });
});
