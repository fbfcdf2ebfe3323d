/**
 * The search index in dist/pagefind and the markup search relies on: the index is Dutch and
 * holds exactly the pages meant to be found (published articles now; no lists, no 404, no
 * drafts), with the filters, meta and sort key the search page uses; every indexed page
 * follows the marker convention; the header form is plain HTML on every page; only /zoeken/
 * loads a script for search.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/integrations/content-checks.ts';
import { checkContent } from '../../src/lib/content/checkers.ts';
import { publishStatus } from '../../src/lib/publish.ts';
import { DIST, listPages, loadDocument, readDist } from '../helpers/dist.ts';
import { readPagefindIndex } from '../helpers/pagefind-index.ts';

const index = readPagefindIndex(DIST);
const pages = listPages();
const { context } = checkContent(readContentFiles(process.cwd()));
const published = context.articles.filter(
  (a) => a.data && publishStatus(a.data, new Date()) === 'published',
);
const tagLabels = new Map(
  (context.data.get('tags') ?? []).map((t) => [t.id, String(t.data?.['label'])]),
);
const TYPES = ['artikel', 'begrip', 'scenario', 'tijdlijn'];

describe('the pagefind index', () => {
  it('is one Dutch index', () => {
    expect(Object.keys(index.entry.languages)).toEqual(['nl']);
    expect(index.entry.version).toBe('1.6.0');
    expect(index.files).toContain('pagefind.js');
    expect(index.files).toContain('pagefind-worker.js');
    expect(index.files).toContain('wasm.nl.pagefind');
  });

  it('holds exactly the pages that carry data-pagefind-body: every published article, nothing else', () => {
    const indexed = index.fragments.map((f) => f.url).sort();
    const marked = pages
      .filter(({ file }) => loadDocument(file).querySelector('[data-pagefind-body]'))
      .map(({ url }) => url);
    expect(indexed).toEqual([...marked].sort());
    expect(index.entry.languages['nl']?.page_count).toBe(indexed.length);
    for (const article of published)
      expect(indexed, article.slug).toContain(`/artikelen/${article.slug}/`);
    for (const url of indexed)
      expect(url).toMatch(/^\/(?:artikelen|kennisbank)\/[^/]+\/(?:[^/]+\/)?$/);
    for (const url of [
      '/',
      '/artikelen/',
      '/onderwerpen/',
      '/reeks/',
      '/over/',
      '/zoeken/',
      '/404.html',
    ])
      expect(indexed).not.toContain(url);
  });

  it('gives every article its title, type, topics, year and date, and indexes no page chrome', () => {
    for (const article of published) {
      const fragment = index.fragments.find((f) => f.url === `/artikelen/${article.slug}/`)!;
      const data = article.data!;
      const iso = data.pubDate.toISOString().slice(0, 10);
      expect(fragment.meta).toEqual({ title: data.title, date: iso });
      expect({
        ...fragment.filters,
        onderwerp: [...(fragment.filters['onderwerp'] ?? [])].sort(),
      }).toEqual({
        type: ['artikel'],
        jaar: [String(data.pubDate.getUTCFullYear())],
        onderwerp: data.tags.map((id) => tagLabels.get(id)).sort(),
      });
      // The indexed text starts with the title (pagefind ends a heading with a full stop if it has none).
      expect(
        [`${data.title} `, `${data.title}. `].some((start) => fragment.content.startsWith(start)),
        article.slug,
      ).toBe(true);
      for (const chrome of [
        'Leestijd',
        'Gepubliceerd',
        'Lees ook',
        'Onderwerpen:',
        'Over de auteur',
        'Dit is deel',
        'Naar de inhoud',
        'Hoofdmenu',
      ]) {
        expect(fragment.content, `${article.slug}: ${chrome}`).not.toContain(chrome);
      }
    }
  });

  it('keeps only the bundle files the search page uses', () => {
    for (const unused of [
      'pagefind-ui.js',
      'pagefind-component-ui.js',
      'pagefind-modular-ui.js',
      'pagefind-highlight.js',
    ]) {
      expect(index.files).not.toContain(unused);
    }
  });
});

describe('the marker convention', () => {
  it.each(pages.filter(({ file }) => readDist(file).includes('data-pagefind-body')))(
    '$url wraps its <h1> in data-pagefind-body with a known type',
    ({ file }) => {
      const doc = loadDocument(file);
      const bodies = doc.querySelectorAll('[data-pagefind-body]');
      expect(bodies).toHaveLength(1);
      expect(bodies[0]!.querySelectorAll('h1')).toHaveLength(1);
      const type = /^type:(\S+)$/.exec(bodies[0]!.getAttribute('data-pagefind-filter') ?? '')?.[1];
      expect(TYPES).toContain(type);
    },
  );
});

describe('search in the page markup', () => {
  it('puts a plain GET form to /zoeken/ in the header of every page but the search page', () => {
    for (const { file, url } of pages) {
      const form = loadDocument(file).querySelector('header form[role="search"]');
      if (url === '/zoeken/') {
        expect(form, url).toBeNull();
        continue;
      }
      expect(form?.getAttribute('action'), url).toBe('/zoeken/');
      expect(form?.getAttribute('method'), url).toBe('get');
      const input = form?.querySelector('input[type="search"][name="q"]');
      expect(input, url).not.toBeNull();
      expect(
        form?.querySelector(`label[for="${input?.getAttribute('id')}"]`)?.textContent?.trim(),
        url,
      ).not.toBe('');
      expect(form?.querySelector('button[type="submit"]')?.textContent, url).toBe('Zoeken');
    }
  });

  it('loads the search script on /zoeken/ only, within a budget', () => {
    const scriptsOf = (file: string) =>
      [...loadDocument(file).querySelectorAll('script')]
        .filter((s) => s.getAttribute('type') !== 'application/ld+json')
        .map((s) => s.getAttribute('src'));
    // Other interactive pages (the scenariokompas) have their own island and budget; none may load search.
    for (const { file, url } of pages.filter(({ url }) => url !== '/zoeken/')) {
      for (const src of scriptsOf(file))
        expect(readFileSync(`${DIST}${src}`, 'utf8'), `${url} ${src}`).not.toContain('/pagefind/');
    }
    const scripts = scriptsOf('zoeken/index.html');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/^\/_astro\/[^/]+\.js$/);
    const js = readFileSync(`${DIST}${scripts[0]}`);
    expect(js.toString()).toContain('/pagefind/pagefind.js');
    // Our island; pagefind's own pagefind.js, worker and wasm are measured by `npm run bench:search`.
    expect(gzipSync(js).length).toBeLessThanOrEqual(6 * 1024);
  });

  it('says on /zoeken/ without JavaScript that search needs it, linking to the article list', () => {
    const noscript = loadDocument('zoeken/index.html').querySelector('noscript');
    expect(noscript?.innerHTML).toContain('Zoeken werkt alleen met JavaScript');
    expect(noscript?.innerHTML).toContain('href="/artikelen/"');
  });
});
