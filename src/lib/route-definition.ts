/**
 * The shape of a route, shared by the per-type route files (`src/collections/<type>/routes.ts`)
 * and the site's own routes in `src/routes.ts`, which puts them together into the one table.
 * Pure, no imports.
 */

/** A path parameter: a name-like segment (`[slug]`) or a page or chunk number (`[page]`). */
export interface RouteParam {
  name: string;
  kind: 'segment' | 'number';
}

/** What the build writes at the address: an HTML page, an RSS feed or another file. */
export type RouteKind = 'page' | 'feed' | 'file';

/**
 * The values of the search index's `type` filter (`data-pagefind-filter="type:artikel"`), one
 * per kind of indexed page; the search page offers them as "Soort".
 */
export type SearchType = 'artikel' | 'begrip' | 'scenario' | 'tijdlijn';

export interface RouteDefinition {
  /** The page type, as the per-template test gates name it ("article"). */
  name: string;
  kind: RouteKind;
  /**
   * What writes it: the file under src/pages/ (its `[brackets]` are the params), or, for an
   * address an integration writes, the integration ("@astrojs/sitemap").
   */
  source: string;
  params?: readonly RouteParam[];
  /** The path of one page of the route, from its parameters in the order of `params`. */
  path: (...args: never) => string;
  /** An indexable HTML page: listed in the sitemap. Default: every page, none of the rest. */
  sitemap?: boolean;
  /** What a page of this route is called in checker messages ("er is geen begrip met dat adres"). */
  noun?: string;
  /**
   * Its pages are in the search index, with this `type` (`searchMarks` in src/routes.ts gives
   * the attributes). Pages of other routes are never indexed.
   */
  search?: SearchType;
}

/** Keeps the literal types of a group of routes (each `path` with its own parameters). */
export function defineRoutes<const T extends Record<string, RouteDefinition>>(routes: T): T {
  return routes;
}

/** The segment before a page number in a paginated list (`/artikelen/pagina/2/`). */
export const PAGE_SEGMENT = 'pagina';

/**
 * Page `n` of the list at `base` (which ends in a slash). Page 1 is the list itself, later
 * pages live under `pagina/N/`, so an article slug can never collide with a page number.
 */
export function listPage(base: string, n: number): string {
  return n <= 1 ? base : `${base}${PAGE_SEGMENT}/${n}/`;
}

/** The path functions of a set of routes, by key (`paths.article`). */
export function pathsOf<const T extends Record<string, RouteDefinition>>(
  routes: T,
): { readonly [K in keyof T]: T[K]['path'] } {
  return Object.fromEntries(
    Object.entries(routes).map(([key, definition]) => [key, definition.path]),
  ) as { readonly [K in keyof T]: T[K]['path'] };
}
