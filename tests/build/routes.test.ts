/**
 * The route table (src/routes.ts) against the build, both ways: every address the table lists
 * for the real content exists in dist/, and every page, feed and generated file in dist/ is an
 * address of the table. A page added without a table entry, or a table entry the pages do not
 * build, fails here.
 *
 * The content is read from content/ (through the content checker), not from dist/, so a missing
 * page cannot explain itself away.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/integrations/content-checks.ts';
import { checkContent } from '../../src/lib/content/checkers.ts';
import { publishStatus } from '../../src/lib/publish.ts';
import { REDIRECTS } from '../../src/lib/redirects.ts';
import { inSitemap, routeFor, routeOf, siteRoutes, type SiteContent } from '../../src/routes.ts';
import { site } from '../../src/site.config.ts';
import { listFiles, readDist } from '../helpers/dist.ts';

/**
 * What in dist/ is not an address of the table, and why:
 * - `_astro/`: hashed scripts, styles, fonts and images the pages reference;
 * - `pagefind/`: the search index and its scripts, written by pagefind (src/integrations/pagefind.ts);
 * - `og/`: share images, one per page, named after the page (src/lib/share-image.ts);
 * - files copied unchanged from public/.
 */
const ASSET_DIRS = ['_astro/', 'pagefind/', 'og/'];
const publicFiles = new Set(
  readdirSync(join(process.cwd(), 'public'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      relative(join(process.cwd(), 'public'), join(entry.parentPath, entry.name))
        .split(sep)
        .join('/'),
    ),
);

/** The file in dist/ that serves a site path (`/x/` → `x/index.html`, `/rss.xml` → `rss.xml`). */
function fileOf(path: string): string {
  return path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1);
}

/** The site path a file in dist/ serves. */
function pathOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

async function publishedContent(): Promise<SiteContent> {
  const { context } = checkContent(readContentFiles(process.cwd()));
  const published = context.articles.filter(
    (a) => a.data && publishStatus(a.data, new Date()) === 'published',
  );
  return {
    articles: published.map((a) => ({
      slug: a.slug,
      tags: a.data!.tags,
      seriesId: a.data!.series,
    })),
    terms: [...(context.ids.get('glossary') ?? [])],
    scenarios: [...(context.ids.get('scenarios') ?? [])],
    pageSize: site.pageSize,
  };
}

/** Addresses the table lists but dist/ lacks, and files in dist/ that are no address of it. */
function compare(
  expectedPaths: readonly string[],
  distFiles: readonly string[],
): { missing: string[]; unlisted: string[] } {
  const files = new Set(distFiles);
  const routed = distFiles.filter(
    (file) => !ASSET_DIRS.some((dir) => file.startsWith(dir)) && !publicFiles.has(file),
  );
  const expectedFiles = new Set(expectedPaths.map(fileOf));
  return {
    missing: expectedPaths.filter((path) => !files.has(fileOf(path))),
    unlisted: routed.filter((file) => !expectedFiles.has(file)).map(pathOf),
  };
}

const content = await publishedContent();
const table = siteRoutes(content);
// Old addresses forward to new ones (Astro's `redirects`): a stub page each, at a path that
// was once a table address (src/lib/redirects.ts builds both ends with `paths`).
const redirects = Object.keys(REDIRECTS);
const distFiles = listFiles();

describe('route table against dist/', () => {
  it('has real content to compare (articles, terms, scenarios)', () => {
    expect(content.articles.length).toBeGreaterThan(0);
    expect(content.terms.length).toBeGreaterThan(0);
    expect(content.scenarios.length).toBeGreaterThan(0);
  });

  it('every address the table lists for the content is in dist/, and every page, feed and file in dist/ is in the table', () => {
    expect(compare([...table.map((r) => r.path), ...redirects], distFiles)).toEqual({
      missing: [],
      unlisted: [],
    });
  });

  it('fails for a page without a table entry, and for a table address the build lacks (negative control)', () => {
    const expected = [...table.map((r) => r.path), ...redirects];
    const base = compare(expected, distFiles);
    expect(
      compare(expected, [...distFiles, 'nieuwe-pagina/index.html', 'artikelen/x/extra.xml'])
        .unlisted,
    ).toEqual([...base.unlisted, '/nieuwe-pagina/', '/artikelen/x/extra.xml']);
    expect(
      compare([...expected, '/kennisbank/begrippen/bestaat-niet/'], distFiles).missing,
    ).toEqual([...base.missing, '/kennisbank/begrippen/bestaat-niet/']);
  });

  it('covers every HTML page and every feed in dist/', () => {
    const listed = new Set([...table.map((r) => fileOf(r.path)), ...redirects.map(fileOf)]);
    const pagesAndFeeds = distFiles.filter(
      (file) => file.endsWith('.html') || file.endsWith('rss.xml'),
    );
    expect(pagesAndFeeds.length).toBeGreaterThan(50);
    expect(pagesAndFeeds.filter((file) => !listed.has(file))).toEqual([]);
  });

  it('the old addresses were table addresses, and their new ones are built pages', () => {
    for (const [from, to] of Object.entries(REDIRECTS)) {
      expect(routeOf(from), from).toBeDefined();
      expect(
        table.map((r) => r.path),
        to,
      ).toContain(to);
    }
  });

  it('the sitemap lists exactly the indexable addresses of the table', () => {
    const parser = new XMLParser();
    const index = parser.parse(readDist('sitemap-index.xml'));
    const locs: string[] = [index.sitemapindex.sitemap]
      .flat()
      .flatMap((s: { loc: string }) =>
        [parser.parse(readDist(new URL(s.loc).pathname.slice(1))).urlset.url]
          .flat()
          .map((u: { loc: string }) => u.loc),
      );
    const indexable = table.filter((r) => inSitemap(r.path)).map((r) => `${site.url}${r.path}`);
    expect([...locs].sort()).toEqual(indexable.sort());
  });

  /** The search type a built page is indexed with (`type:` of its body marker), or undefined when it is not indexed. */
  function indexedAs(html: string): string | undefined | null {
    const body = /<[a-z][^>]*\sdata-pagefind-body[\s=>][^>]*>/i.exec(html)?.[0];
    if (!body) return undefined;
    return /data-pagefind-filter="type:([^"]+)"/.exec(body)?.[1] ?? null;
  }

  /** Pages whose search marking differs from what their route says (`searchMarks`). */
  function markingMismatches(pages: readonly { path: string; html: string }[]): string[] {
    return pages.flatMap(({ path, html }) => {
      const expected = routeOf(path)?.route.search;
      const actual = indexedAs(html);
      return actual === expected ? [] : [`${path}: ${String(actual)} (route: ${String(expected)})`];
    });
  }

  const builtPages = table
    .map((r) => r.path)
    .filter((path) => fileOf(path).endsWith('.html'))
    .map((path) => ({ path, html: readDist(fileOf(path)) }));

  it('indexes for search exactly the pages of the routes marked `search`, each with its type', () => {
    expect(markingMismatches(builtPages)).toEqual([]);
    // A forwarding page at an old address of a searched route is not that route's page.
    for (const path of redirects) expect(indexedAs(readDist(fileOf(path))), path).toBeUndefined();
    const searched = builtPages.filter(({ path }) => routeOf(path)?.route.search);
    expect(new Set(searched.map(({ path }) => routeOf(path)!.route.key))).toEqual(
      new Set(['article', 'term', 'scenario', 'timeline']),
    );
    expect(routeFor('article').search).toBe('artikel');
  });

  it('fails for a page indexed without its route saying so, and for a marked page without the marker (negative control)', () => {
    const list = builtPages.find(({ path }) => path === '/artikelen/')!;
    const article = builtPages.find(({ path }) => routeOf(path)?.route.key === 'article')!;
    expect(
      markingMismatches([
        { path: list.path, html: '<main data-pagefind-body data-pagefind-filter="type:artikel">' },
        { path: article.path, html: '<article class="article">' },
      ]),
    ).toEqual([
      '/artikelen/: artikel (route: undefined)',
      `${article.path}: undefined (route: artikel)`,
    ]);
  });
});
