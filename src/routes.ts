/**
 * The route table: every address the production build writes, with the one function that
 * makes it. Each content type defines its own routes next to its schema and data
 * (`src/collections/<type>/routes.ts`: the `path()` functions and the page types they
 * produce); this file adds the site's own pages and puts them all into one table.
 *
 * Pages, components, data loaders, feeds, the content checkers (which links may point where),
 * the sitemap, the search index marking (`searchMarks`) and the tests all take their addresses
 * from here; no route string is written out anywhere else in src/
 * (`tests/unit/routes-literals.test.ts` fails if one is), and `tests/build/routes.test.ts`
 * checks the table against dist/ both ways.
 *
 * Astro decides a page's URL from its file under src/pages/; each entry names that file
 * (`source`) and `tests/unit/routes.test.ts` checks that the two agree. A new page therefore
 * means: a file in src/pages/ and one entry in its type's routes (or here).
 *
 * Pure, no Astro imports: integrations, checkers, pages and plain-Node tests import it alike.
 */
import { articleRoutes } from './collections/articles/routes.ts';
import { glossaryRoutes } from './collections/glossary/routes.ts';
import { quizRoutes } from './collections/quiz/routes.ts';
import { scenarioRoutes } from './collections/scenarios/routes.ts';
import { seriesRoutes, topicRoutes } from './collections/taxonomy/routes.ts';
import { timelineRoutes } from './collections/timeline/routes.ts';
import {
  PAGE_SEGMENT,
  defineRoutes,
  listPage,
  pathsOf,
  type RouteDefinition,
  type RouteKind,
  type RouteParam,
  type SearchType,
} from './lib/route-definition.ts';

export type { RouteDefinition, RouteKind, RouteParam, SearchType };
export { PAGE_SEGMENT, listPage };

export interface Route extends Required<Omit<RouteDefinition, 'noun' | 'search' | 'path'>> {
  path: (...args: never[]) => string;
  noun: string | undefined;
  search: SearchType | undefined;
  /** Matches exactly the paths of this route. */
  pattern: RegExp;
  /** The fixed part of the path before the first parameter (`/artikelen/`); the whole path without parameters. */
  prefix: string;
}

// Stand-ins for the parameters while a path function is turned into its pattern: characters
// no real path contains, so the fixed parts around them can be escaped literally.
const placeholder = (index: number) => `\u0000${index}\u0000`;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function route(definition: RouteDefinition): Route {
  const params = definition.params ?? [];
  const path = definition.path as (...args: unknown[]) => string;
  const sample = path(...params.map((_, index) => placeholder(index)));
  let pattern = escapeRegExp(sample);
  params.forEach((param, index) => {
    pattern = pattern.replace(placeholder(index), param.kind === 'number' ? '(\\d+)' : '([^/]+)');
  });
  const cut = sample.indexOf('\u0000');
  return {
    ...definition,
    path,
    params,
    sitemap: definition.sitemap ?? definition.kind === 'page',
    noun: definition.noun,
    search: definition.search,
    pattern: new RegExp(`^${pattern}$`),
    prefix: cut === -1 ? sample : sample.slice(0, cut),
  };
}

/** The site's own addresses: the pages and files that belong to no content type. */
const ownRoutes = defineRoutes({
  home: { name: 'home', kind: 'page', source: 'index.astro', path: () => '/' },
  about: { name: 'about', kind: 'page', source: 'over.astro', path: () => '/over/' },
  accessibility: {
    name: 'accessibility statement',
    kind: 'page',
    source: 'toegankelijkheid.astro',
    path: () => '/toegankelijkheid/',
  },
  // Astro writes src/pages/404.astro as 404.html, the file servers answer unknown paths with.
  notFound: {
    name: '404',
    kind: 'page',
    source: '404.astro',
    sitemap: false,
    path: () => '/404.html',
  },
  knowledgeBase: {
    name: 'knowledge base',
    kind: 'page',
    source: 'kennisbank/index.astro',
    path: () => '/kennisbank/',
  },
  follow: { name: 'subscribe', kind: 'page', source: 'volgen.astro', path: () => '/volgen/' },
  search: { name: 'search', kind: 'page', source: 'zoeken.astro', path: () => '/zoeken/' },
  // The "Bedoelde u …?" word list the search page fetches, written after pagefind has indexed.
  searchVocabulary: {
    name: 'search vocabulary',
    kind: 'file',
    source: 'src/integrations/pagefind.ts',
    path: () => '/zoeken/woorden.json',
  },
  siteFeed: { name: 'site feed', kind: 'feed', source: 'rss.xml.ts', path: () => '/rss.xml' },
  robots: { name: 'robots.txt', kind: 'file', source: 'robots.txt.ts', path: () => '/robots.txt' },
  securityTxt: {
    name: 'security.txt',
    kind: 'file',
    source: '.well-known/security.txt.ts',
    path: () => '/.well-known/security.txt',
  },
  sitemapIndex: {
    name: 'sitemap index',
    kind: 'file',
    source: '@astrojs/sitemap',
    path: () => '/sitemap-index.xml',
  },
  sitemap: {
    name: 'sitemap',
    kind: 'file',
    source: '@astrojs/sitemap',
    params: [{ name: 'chunk', kind: 'number' }],
    path: (chunk: number) => `/sitemap-${chunk}.xml`,
  },
});

/**
 * Every route: the content types' own (each in `src/collections/<type>/routes.ts`, next to its
 * schema and data) and the site's. The order is the order of the page types in the test gates
 * (one example per type).
 */
const ROUTES = {
  home: ownRoutes.home,
  ...articleRoutes,
  ...topicRoutes,
  ...seriesRoutes,
  about: ownRoutes.about,
  accessibility: ownRoutes.accessibility,
  notFound: ownRoutes.notFound,
  knowledgeBase: ownRoutes.knowledgeBase,
  ...glossaryRoutes,
  ...timelineRoutes,
  ...scenarioRoutes,
  ...quizRoutes,
  follow: ownRoutes.follow,
  search: ownRoutes.search,
  searchVocabulary: ownRoutes.searchVocabulary,
  siteFeed: ownRoutes.siteFeed,
  robots: ownRoutes.robots,
  securityTxt: ownRoutes.securityTxt,
  sitemapIndex: ownRoutes.sitemapIndex,
  sitemap: ownRoutes.sitemap,
};

export type RouteKey = keyof typeof ROUTES;

/** The path function of every route: `paths.article('x')` → `/artikelen/x/`. */
export const paths = pathsOf(ROUTES);

export type TableRoute = Route & { key: RouteKey };

let built: { list: readonly TableRoute[]; byKey: ReadonlyMap<RouteKey, TableRoute> } | undefined;

/**
 * The route table: every route with its metadata and pattern, in table order. Built on first
 * use, so that the module has no work at load time and a browser bundle that needs only a path
 * (the search island's word list) leaves the table out.
 */
export function routeList(): readonly TableRoute[] {
  built ??= (() => {
    const list = (Object.keys(ROUTES) as RouteKey[]).map((key): TableRoute => ({
      ...route(ROUTES[key]),
      key,
    }));
    return { list, byKey: new Map(list.map((entry) => [entry.key, entry])) };
  })();
  return built.list;
}

/** One route of the table. */
export function routeFor(key: RouteKey): TableRoute {
  routeList();
  return built!.byKey.get(key)!;
}

/** The route a site path belongs to, with its parameters; undefined for an address the site does not have. */
export function routeOf(
  path: string,
): { route: TableRoute; params: Record<string, string> } | undefined {
  for (const candidate of routeList()) {
    const match = candidate.pattern.exec(path);
    if (match)
      return {
        route: candidate,
        params: Object.fromEntries(candidate.params.map((param, i) => [param.name, match[i + 1]!])),
      };
  }
  return undefined;
}

/** The parameters of `path` when it is an address of route `key` (`/artikelen/x/` → `{ slug: 'x' }`). */
export function matchRoute(key: RouteKey, path: string): Record<string, string> | undefined {
  const found = routeFor(key);
  const match = found.pattern.exec(path);
  return match
    ? Object.fromEntries(found.params.map((param, i) => [param.name, match[i + 1]!]))
    : undefined;
}

/** Addresses that exist whatever the content is: the routes without parameters. */
export function fixedPaths(): string[] {
  return routeList()
    .filter((r) => r.params.length === 0)
    .map((r) => r.path());
}

/**
 * The attributes that put a page of route `key` into the search index, with its `type` filter
 * (see "Zoeken" in the README); nothing for a route that is not searched, so a page cannot be
 * indexed without its route saying so. `tests/build/search-index.test.ts` checks dist/ against it.
 */
export function searchMarks(
  key: RouteKey,
): { 'data-pagefind-body': ''; 'data-pagefind-filter': string } | Record<string, never> {
  const type = routeFor(key).search;
  return type ? { 'data-pagefind-body': '', 'data-pagefind-filter': `type:${type}` } : {};
}

/** Whether `path` is an address of a route whose pages are in the search index (`search` in its definition). */
export function inSearchIndex(path: string): boolean {
  return routeOf(path)?.route.search !== undefined;
}

/** Whether `path` is an indexable page: one the sitemap lists. An address outside the table is not. */
export function inSitemap(path: string): boolean {
  return routeOf(path)?.route.sitemap ?? false;
}

/** The published content the build turns into pages, as far as addresses go. */
export interface SiteContent {
  /** Published articles (what the production build shows), in any order. */
  articles: readonly { slug: string; tags: readonly string[]; seriesId?: string | undefined }[];
  /** Ids of the glossary terms. */
  terms: readonly string[];
  /** Ids of the scenarios. */
  scenarios: readonly string[];
  /** Articles per list page (`site.pageSize`). */
  pageSize: number;
}

/** URLs per sitemap file: @astrojs/sitemap's default `entryLimit`. */
const SITEMAP_ENTRY_LIMIT = 45_000;

/**
 * Every address the build writes for `content`, with its route: the fixed pages and files,
 * and per article, topic, series, term and scenario what the pages' `getStaticPaths` make of
 * them. A topic or series without published articles has no page and no feed.
 */
export function siteRoutes(content: SiteContent): { key: RouteKey; path: string }[] {
  const out: { key: RouteKey; path: string }[] = [];
  const add = (key: RouteKey, path: string) => out.push({ key, path });
  const pagesOf = (count: number) => Math.max(1, Math.ceil(count / content.pageSize));
  for (const fixed of routeList().filter((r) => r.params.length === 0))
    add(fixed.key, fixed.path());
  for (let n = 2; n <= pagesOf(content.articles.length); n++)
    add('articleListPage', paths.articleListPage(n));
  for (const article of content.articles) add('article', paths.article(article.slug));
  const perTopic = Map.groupBy(
    content.articles.flatMap((a) => a.tags),
    (tag) => tag,
  );
  for (const [tag, tagged] of perTopic) {
    add('topic', paths.topic(tag));
    for (let n = 2; n <= pagesOf(tagged.length); n++) add('topicPage', paths.topicPage(tag, n));
    add('topicFeed', paths.topicFeed(tag));
  }
  for (const series of new Set(content.articles.flatMap((a) => (a.seriesId ? [a.seriesId] : [])))) {
    add('series', paths.series(series));
    add('seriesFeed', paths.seriesFeed(series));
  }
  for (const term of content.terms) add('term', paths.term(term));
  for (const scenario of content.scenarios) add('scenario', paths.scenario(scenario));
  const indexed = out.filter(({ key }) => routeFor(key).sitemap).length;
  for (let chunk = 0; chunk < Math.ceil(indexed / SITEMAP_ENTRY_LIMIT); chunk++)
    add('sitemap', paths.sitemap(chunk));
  return out;
}
