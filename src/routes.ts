/**
 * The route table: every address the production build writes, with the one function that
 * makes it. Pages, components, data loaders, feeds, the content checkers (which links may point
 * where), the sitemap and the tests all take their addresses from here; no route string is
 * written out anywhere else in src/ (`tests/unit/routes-literals.test.ts` fails if one is), and
 * `tests/build/routes.test.ts` checks the table against dist/ both ways.
 *
 * Astro decides a page's URL from its file under src/pages/; each entry names that file
 * (`source`) and `tests/unit/routes.test.ts` checks that the two agree. A new page therefore
 * means: a file in src/pages/ and one entry here.
 *
 * Pure, no Astro imports: integrations, checkers, pages and plain-Node tests import it alike.
 */

/** A path parameter: a name-like segment (`[slug]`) or a page or chunk number (`[page]`). */
export interface RouteParam {
  name: string;
  kind: 'segment' | 'number';
}

/** What the build writes at the address: an HTML page, an RSS feed or another file. */
export type RouteKind = 'page' | 'feed' | 'file';

interface RouteDefinition<A extends unknown[]> {
  /** The page type, as the per-template test gates name it ("article"). */
  name: string;
  kind: RouteKind;
  /**
   * What writes it: the file under src/pages/ (its `[brackets]` are the params), or, for an
   * address an integration writes, the integration ("@astrojs/sitemap").
   */
  source: string;
  params?: readonly RouteParam[];
  path: (...args: A) => string;
  /** An indexable HTML page: listed in the sitemap. Default: every page, none of the rest. */
  sitemap?: boolean;
  /** What a page of this route is called in checker messages ("er is geen begrip met dat adres"). */
  noun?: string;
}

export interface Route<A extends unknown[] = never[]> extends Required<
  Omit<RouteDefinition<A>, 'noun'>
> {
  noun: string | undefined;
  /** Matches exactly the paths of this route. */
  pattern: RegExp;
  /** The fixed part of the path before the first parameter (`/artikelen/`); the whole path without parameters. */
  prefix: string;
}

// Stand-ins for the parameters while a path function is turned into its pattern: characters
// no real path contains, so the fixed parts around them can be escaped literally.
const placeholder = (index: number) => `\u0000${index}\u0000`;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function route<A extends unknown[]>(definition: RouteDefinition<A>): Route<A> {
  const params = definition.params ?? [];
  const sample = definition.path(...(params.map((_, index) => placeholder(index)) as A));
  let pattern = escapeRegExp(sample);
  params.forEach((param, index) => {
    pattern = pattern.replace(placeholder(index), param.kind === 'number' ? '(\\d+)' : '([^/]+)');
  });
  const cut = sample.indexOf('\u0000');
  return {
    ...definition,
    params,
    sitemap: definition.sitemap ?? definition.kind === 'page',
    noun: definition.noun,
    pattern: new RegExp(`^${pattern}$`),
    prefix: cut === -1 ? sample : sample.slice(0, cut),
  };
}

/** The segment before a page number in a paginated list (`/artikelen/pagina/2/`). */
const PAGE_SEGMENT = 'pagina';

/**
 * Page `n` of the list at `base` (which ends in a slash). Page 1 is the list itself, later
 * pages live under `pagina/N/`, so an article slug can never collide with a page number.
 */
export function listPage(base: string, n: number): string {
  return n <= 1 ? base : `${base}${PAGE_SEGMENT}/${n}/`;
}

/**
 * The search page's word list, also as a constant of its own: the search island imports it,
 * and a constant bundles as one string where `paths` would bring every path function along.
 */
export const SEARCH_VOCABULARY_PATH = '/zoeken/woorden.json';

/**
 * The path function of every route: `paths.article('x')` → `/artikelen/x/`. Plain functions in a
 * plain object, so that code importing them does not pull in the table below.
 */
export const paths = {
  home: () => '/',
  articleList: () => '/artikelen/',
  articleListPage: (page: number) => `/artikelen/${PAGE_SEGMENT}/${page}/`,
  article: (slug: string) => `/artikelen/${slug}/`,
  topicIndex: () => '/onderwerpen/',
  topic: (tag: string) => `/onderwerpen/${tag}/`,
  topicPage: (tag: string, page: number) => `/onderwerpen/${tag}/${PAGE_SEGMENT}/${page}/`,
  topicFeed: (tag: string) => `/onderwerpen/${tag}/rss.xml`,
  seriesIndex: () => '/reeks/',
  series: (series: string) => `/reeks/${series}/`,
  seriesFeed: (series: string) => `/reeks/${series}/rss.xml`,
  about: () => '/over/',
  accessibility: () => '/toegankelijkheid/',
  notFound: () => '/404.html',
  knowledgeBase: () => '/kennisbank/',
  glossary: () => '/kennisbank/begrippen/',
  term: (term: string) => `/kennisbank/begrippen/${term}/`,
  timeline: () => '/kennisbank/tijdlijn/',
  scenarioIndex: () => '/kennisbank/scenarios/',
  scenario: (id: string) => `/kennisbank/scenarios/${id}/`,
  quiz: () => '/scenariokompas/',
  follow: () => '/volgen/',
  search: () => '/zoeken/',
  searchVocabulary: () => SEARCH_VOCABULARY_PATH,
  siteFeed: () => '/rss.xml',
  robots: () => '/robots.txt',
  securityTxt: () => '/.well-known/security.txt',
  sitemapIndex: () => '/sitemap-index.xml',
  sitemap: (chunk: number) => `/sitemap-${chunk}.xml`,
} as const;

export type RouteKey = keyof typeof paths;

type Metadata = Omit<RouteDefinition<never[]>, 'path'>;

/**
 * What each route is: its page type, what it serves, what writes it and its parameters. Typed
 * by the keys of `paths`, so a path without an entry here does not compile. The order is the
 * order of the page types in the test gates (one example per type).
 */
const METADATA: { readonly [K in RouteKey]: Metadata } = {
  home: { name: 'home', kind: 'page', source: 'index.astro' },
  articleList: { name: 'article list', kind: 'page', source: 'artikelen/index.astro' },
  articleListPage: {
    name: 'article list, page N',
    kind: 'page',
    source: 'artikelen/pagina/[page].astro',
    params: [{ name: 'page', kind: 'number' }],
  },
  article: {
    name: 'article',
    kind: 'page',
    source: 'artikelen/[slug].astro',
    params: [{ name: 'slug', kind: 'segment' }],
    noun: 'artikel',
  },
  topicIndex: { name: 'topic index', kind: 'page', source: 'onderwerpen/index.astro' },
  topic: {
    name: 'topic',
    kind: 'page',
    source: 'onderwerpen/[tag].astro',
    params: [{ name: 'tag', kind: 'segment' }],
    noun: 'onderwerp',
  },
  topicPage: {
    name: 'topic, page N',
    kind: 'page',
    source: 'onderwerpen/[tag]/pagina/[page].astro',
    params: [
      { name: 'tag', kind: 'segment' },
      { name: 'page', kind: 'number' },
    ],
  },
  topicFeed: {
    name: 'topic feed',
    kind: 'feed',
    source: 'onderwerpen/[tag]/rss.xml.ts',
    params: [{ name: 'tag', kind: 'segment' }],
  },
  seriesIndex: { name: 'series index', kind: 'page', source: 'reeks/index.astro' },
  series: {
    name: 'series',
    kind: 'page',
    source: 'reeks/[series].astro',
    params: [{ name: 'series', kind: 'segment' }],
    noun: 'reeks',
  },
  seriesFeed: {
    name: 'series feed',
    kind: 'feed',
    source: 'reeks/[series]/rss.xml.ts',
    params: [{ name: 'series', kind: 'segment' }],
  },
  about: { name: 'about', kind: 'page', source: 'over.astro' },
  accessibility: {
    name: 'accessibility statement',
    kind: 'page',
    source: 'toegankelijkheid.astro',
  },
  // Astro writes src/pages/404.astro as 404.html, the file servers answer unknown paths with.
  notFound: { name: '404', kind: 'page', source: '404.astro', sitemap: false },
  knowledgeBase: { name: 'knowledge base', kind: 'page', source: 'kennisbank/index.astro' },
  glossary: { name: 'glossary', kind: 'page', source: 'kennisbank/begrippen/index.astro' },
  term: {
    name: 'glossary term',
    kind: 'page',
    source: 'kennisbank/begrippen/[term].astro',
    params: [{ name: 'term', kind: 'segment' }],
    noun: 'begrip',
  },
  timeline: { name: 'timeline', kind: 'page', source: 'kennisbank/tijdlijn/index.astro' },
  scenarioIndex: {
    name: 'scenario index',
    kind: 'page',
    source: 'kennisbank/scenarios/index.astro',
  },
  scenario: {
    name: 'scenario',
    kind: 'page',
    source: 'kennisbank/scenarios/[id].astro',
    params: [{ name: 'id', kind: 'segment' }],
    noun: 'scenario',
  },
  quiz: { name: 'scenario quiz', kind: 'page', source: 'scenariokompas.astro' },
  follow: { name: 'subscribe', kind: 'page', source: 'volgen.astro' },
  search: { name: 'search', kind: 'page', source: 'zoeken.astro' },
  // The "Bedoelde u …?" word list the search page fetches, written after pagefind has indexed.
  searchVocabulary: {
    name: 'search vocabulary',
    kind: 'file',
    source: 'src/integrations/pagefind.ts',
  },
  siteFeed: { name: 'site feed', kind: 'feed', source: 'rss.xml.ts' },
  robots: { name: 'robots.txt', kind: 'file', source: 'robots.txt.ts' },
  securityTxt: { name: 'security.txt', kind: 'file', source: '.well-known/security.txt.ts' },
  sitemapIndex: { name: 'sitemap index', kind: 'file', source: '@astrojs/sitemap' },
  sitemap: {
    name: 'sitemap',
    kind: 'file',
    source: '@astrojs/sitemap',
    params: [{ name: 'chunk', kind: 'number' }],
  },
};

export type TableRoute = Route<never[]> & { key: RouteKey };

let built: { list: readonly TableRoute[]; byKey: ReadonlyMap<RouteKey, TableRoute> } | undefined;

/**
 * The route table: every route with its metadata and pattern, in table order. Built on first
 * use, so that the module has no work at load time and a browser bundle that needs only a path
 * (the search island's word list) leaves the table out.
 */
export function routeList(): readonly TableRoute[] {
  built ??= (() => {
    const list = (Object.keys(METADATA) as RouteKey[]).map((key): TableRoute => ({
      ...route({ ...METADATA[key], path: paths[key] as (...args: never[]) => string }),
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
