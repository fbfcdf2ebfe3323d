/**
 * The route table (src/routes.ts) against Astro's file-based routing and against itself: every
 * file under src/pages/ is the source of exactly one route, its path function makes the URL
 * Astro makes of that file, no path belongs to two routes, and the addresses it lists for some
 * content are the ones the pages' getStaticPaths produce.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  fixedPaths,
  inSearchIndex,
  inSitemap,
  listPage,
  matchRoute,
  paths,
  routeFor,
  routeList,
  routeOf,
  siteRoutes,
  type SiteContent,
  type TableRoute,
} from '../../src/routes.ts';

const PAGES = join(process.cwd(), 'src/pages');
const pageFiles = readdirSync(PAGES, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => relative(PAGES, join(entry.parentPath, entry.name)).split(sep).join('/'))
  .sort();

/** Sample values for a route's parameters: a name for a segment, a page number for a number. */
function samples(route: TableRoute): (string | number)[] {
  return route.params.map((param, i) => (param.kind === 'number' ? 7 + i : `voorbeeld-${i}`));
}

function pathOf(route: TableRoute, values = samples(route)): string {
  return (route.path as (...args: (string | number)[]) => string)(...values);
}

/**
 * The URL Astro writes for a page file with `trailingSlash: 'always'` and `build.format:
 * 'directory'`: `.astro` pages become folders (`over.astro` → `/over/`, `x/index.astro` →
 * `/x/`), endpoints keep their file name (`rss.xml.ts` → `/rss.xml`), 404 becomes `/404.html`.
 */
function astroUrl(source: string, params: Record<string, string | number>): string {
  const filled = source.replace(/\[(\w+)\]/g, (_, name: string) => String(params[name]));
  if (filled.endsWith('.ts')) return `/${filled.slice(0, -'.ts'.length)}`;
  const page = filled.slice(0, -'.astro'.length);
  if (page === '404') return '/404.html';
  if (page === 'index') return '/';
  return `/${page.replace(/\/index$/, '')}/`;
}

describe('route table and src/pages/', () => {
  const bySource = Map.groupBy(routeList(), (route) => route.source);

  it('every file under src/pages/ is the source of exactly one route', () => {
    expect(pageFiles.length).toBeGreaterThan(20);
    expect(pageFiles.filter((file) => bySource.get(file)?.length !== 1)).toEqual([]);
  });

  it('every route names a page file or the integration that writes it', () => {
    const unknown = routeList().filter(
      (route) =>
        !pageFiles.includes(route.source) &&
        !/^(?:@astrojs\/|src\/integrations\/)/.test(route.source),
    );
    expect(unknown.map((route) => route.key)).toEqual([]);
  });

  it("each route's path function makes the URL Astro makes of its file, with the file's parameters", () => {
    for (const route of routeList().filter((r) => pageFiles.includes(r.source))) {
      const names = [...route.source.matchAll(/\[(\w+)\]/g)].map((m) => m[1]);
      expect(
        route.params.map((p) => p.name),
        route.key,
      ).toEqual(names);
      const values = samples(route);
      expect(pathOf(route, values), route.key).toBe(
        astroUrl(
          route.source,
          Object.fromEntries(route.params.map((p, i) => [p.name, values[i]!])),
        ),
      );
    }
  });
});

describe('route patterns', () => {
  it('every path belongs to its own route and to no other', () => {
    for (const route of routeList()) {
      const path = pathOf(route);
      expect(
        routeList()
          .filter((other) => other.pattern.test(path))
          .map((r) => r.key),
        path,
      ).toEqual([route.key]);
      expect(routeOf(path)?.route.key).toBe(route.key);
    }
  });

  it('reads the parameters back', () => {
    expect(matchRoute('article', '/artikelen/x-y/')).toEqual({ slug: 'x-y' });
    expect(matchRoute('topicPage', '/onderwerpen/kcc/pagina/3/')).toEqual({
      tag: 'kcc',
      page: '3',
    });
    expect(routeOf('/kennisbank/begrippen/sbc/')).toMatchObject({
      route: { key: 'term' },
      params: { term: 'sbc' },
    });
    expect(matchRoute('article', '/artikelen/x')).toBeUndefined();
    expect(matchRoute('article', '/artikelen/pagina/2/')).toBeUndefined();
    expect(matchRoute('articleListPage', '/artikelen/pagina/twee/')).toBeUndefined();
    expect(routeOf('/artikel/x/')).toBeUndefined();
    expect(routeOf('/')?.route.key).toBe('home');
  });

  it('knows the fixed part of each path (for "er is geen begrip met dat adres")', () => {
    expect(routeFor('term').prefix).toBe('/kennisbank/begrippen/');
    expect(routeFor('term').noun).toBe('begrip');
    expect(routeFor('about').prefix).toBe('/over/');
  });
});

describe('paths', () => {
  it('make the Dutch addresses', () => {
    expect(paths.article('het-begin')).toBe('/artikelen/het-begin/');
    expect(paths.topicFeed('kcc')).toBe('/onderwerpen/kcc/rss.xml');
    expect(paths.seriesFeed('gt-connect')).toBe('/reeks/gt-connect/rss.xml');
    expect(paths.scenario('cloudtelefonie')).toBe('/kennisbank/scenarios/cloudtelefonie/');
    expect(paths.notFound()).toBe('/404.html');
  });

  it('put page 1 of a list at the list and later pages under pagina/N/, as the page routes do', () => {
    expect(listPage(paths.articleList(), 1)).toBe('/artikelen/');
    expect(listPage(paths.articleList(), 2)).toBe(paths.articleListPage(2));
    expect(listPage(paths.topic('kcc'), 3)).toBe(paths.topicPage('kcc', 3));
  });

  it('the fixed paths are the routes without parameters', () => {
    expect(fixedPaths()).toEqual(
      expect.arrayContaining([
        '/',
        '/artikelen/',
        '/kennisbank/scenarios/',
        '/rss.xml',
        '/.well-known/security.txt',
        '/sitemap-index.xml',
      ]),
    );
    expect(fixedPaths().some((path) => path.includes('\u0000'))).toBe(false);
    expect(fixedPaths()).not.toContain(paths.article('x'));
  });

  it('the sitemap has the indexable pages only', () => {
    expect(inSitemap('/artikelen/x/')).toBe(true);
    expect(inSitemap('/')).toBe(true);
    expect(inSitemap('/404.html')).toBe(false);
    // How @astrojs/sitemap names the 404 page: not a table address, so not listed.
    expect(inSitemap('/404/')).toBe(false);
    expect(inSitemap('/rss.xml')).toBe(false);
    expect(inSitemap('/onbekend/')).toBe(false);
  });
});

describe('inSearchIndex', () => {
  it('is true for the addresses of routes whose pages are searchable, and only those', () => {
    expect(inSearchIndex(paths.article('x'))).toBe(true);
    expect(inSearchIndex('/kennisbank/tijdlijn/')).toBe(true);
    expect(inSearchIndex('/artikelen/')).toBe(false);
    expect(inSearchIndex('/')).toBe(false);
    expect(inSearchIndex('/rss.xml')).toBe(false);
    expect(inSearchIndex('/onbekend/')).toBe(false);
  });
});

describe('siteRoutes', () => {
  const content: SiteContent = {
    articles: [
      { slug: 'a', tags: ['kcc', 'teams'], seriesId: 'reeks' },
      { slug: 'b', tags: ['kcc'], seriesId: undefined },
      { slug: 'c', tags: ['kcc'] },
    ],
    terms: ['sbc'],
    scenarios: ['cloud'],
    pageSize: 2,
  };
  const list = siteRoutes(content).map((r) => r.path);

  it('lists every address once: fixed pages, articles, topics with their pages and feeds, series, terms, scenarios', () => {
    expect(new Set(list).size).toBe(list.length);
    expect(list).toEqual(expect.arrayContaining(fixedPaths()));
    expect(list).toEqual(
      expect.arrayContaining([
        '/artikelen/pagina/2/',
        '/artikelen/a/',
        '/onderwerpen/kcc/',
        '/onderwerpen/kcc/pagina/2/',
        '/onderwerpen/kcc/rss.xml',
        '/onderwerpen/teams/',
        '/onderwerpen/teams/rss.xml',
        '/reeks/reeks/',
        '/reeks/reeks/rss.xml',
        '/kennisbank/begrippen/sbc/',
        '/kennisbank/scenarios/cloud/',
        '/sitemap-0.xml',
      ]),
    );
  });

  it('makes no page that the pages would not: no page 2 of a short list, no page 3, no topic or series without articles', () => {
    expect(list).not.toContain('/onderwerpen/teams/pagina/2/');
    expect(list).not.toContain('/artikelen/pagina/3/');
    expect(list.filter((path) => path.startsWith('/reeks/') && path !== '/reeks/')).toEqual([
      '/reeks/reeks/',
      '/reeks/reeks/rss.xml',
    ]);
    const empty = siteRoutes({ articles: [], terms: [], scenarios: [], pageSize: 10 }).map(
      (r) => r.path,
    );
    expect(empty.filter((path) => routeOf(path)!.route.params.length > 0)).toEqual([
      '/sitemap-0.xml',
    ]);
  });

  it('tags every address with its route', () => {
    for (const { key, path } of siteRoutes(content))
      expect(routeOf(path)?.route.key, path).toBe(key);
  });
});
