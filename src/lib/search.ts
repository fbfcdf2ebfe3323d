/**
 * The search page's logic without the DOM: the state in the address bar, the options sent to
 * pagefind, and the Dutch texts. The island (`src/islands/site-search.ts`) only wires these to
 * the page; the filter names and meta keys are the convention in `src/integrations/pagefind.ts`.
 */
import { formatDateNl, parseContentDate } from './dates.ts';

/** Pagefind filter names, also the query parameters of /zoeken/. */
export const FILTER_NAMES = ['type', 'onderwerp', 'jaar'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

/** Sort orders offered on the page; '' is pagefind's relevance ranking. */
export type SortOrder = '' | 'nieuw' | 'oud';

export interface SearchState {
  query: string;
  filters: Partial<Record<FilterName, string>>;
  sort: SortOrder;
}

/** The content types a page can declare with `data-pagefind-filter="type:…"`, in display order. */
export const TYPE_LABELS: Readonly<Record<string, string>> = {
  artikel: 'Artikel',
  begrip: 'Begrip',
  scenario: 'Scenario',
  tijdlijn: 'Tijdlijn',
};

/** Reads the state from the query string of /zoeken/ (`?q=…&type=…&onderwerp=…&jaar=…&sortering=…`). */
export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const name of FILTER_NAMES) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  const sort = params.get('sortering');
  return {
    query: (params.get('q') ?? '').replace(/\s+/g, ' ').trim(),
    filters,
    sort: sort === 'nieuw' || sort === 'oud' ? sort : '',
  };
}

/** The query string for a state, without empty parameters: '' or '?q=…'. */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const name of FILTER_NAMES) {
    const value = state.filters[name];
    if (value) params.set(name, value);
  }
  if (state.sort) params.set('sortering', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function hasFilters(state: SearchState): boolean {
  return FILTER_NAMES.some((name) => Boolean(state.filters[name]));
}

/** Whether there is anything to search for: words, or only filters (then all pages in them). */
export function isEmptySearch(state: SearchState): boolean {
  return state.query === '' && !hasFilters(state);
}

export interface PagefindSearchOptions {
  filters: Record<string, string>;
  sort: Record<string, 'asc' | 'desc'>;
}

/** The term and options for `pagefind.search()`; a null term searches by filters alone. */
export function pagefindQuery(state: SearchState): {
  term: string | null;
  options: PagefindSearchOptions;
} {
  const filters: Record<string, string> = {};
  for (const name of FILTER_NAMES) {
    const value = state.filters[name];
    if (value) filters[name] = value;
  }
  const sort: PagefindSearchOptions['sort'] =
    state.sort === 'nieuw' ? { date: 'desc' } : state.sort === 'oud' ? { date: 'asc' } : {};
  return { term: state.query === '' ? null : state.query, options: { filters, sort } };
}

/**
 * Pagefind leaves pages without the sort key out of a sorted search. Sorting by date must not
 * hide undated pages (terms, scenarios), so they follow the dated ones in relevance order.
 */
export function withUnsortedLast<T extends { id: string }>(
  sorted: readonly T[],
  all: readonly T[],
): T[] {
  const seen = new Set(sorted.map((r) => r.id));
  return [...sorted, ...all.filter((r) => !seen.has(r.id))];
}

/** "1 resultaat voor ‘gemeente’", "12 resultaten voor ‘gemeente’ (met filters)". */
export function resultCountText(count: number, state: SearchState): string {
  const what =
    count === 0 ? 'Geen resultaten' : count === 1 ? '1 resultaat' : `${count} resultaten`;
  const query = state.query ? ` voor ‘${state.query}’` : '';
  const filtered = hasFilters(state) ? (state.query ? ' (met filters)' : ' met deze filters') : '';
  return `${what}${query}${filtered}.`;
}

/** "1 oktober 2020" for a `date` meta value, or undefined when it is not a calendar day. */
export function formatResultDate(value: string | undefined): string | undefined {
  const date = value ? parseContentDate(value) : undefined;
  return date ? formatDateNl(date) : undefined;
}

/**
 * Filter values as pagefind reports them (`{ value: count }`), as select options in display
 * order: types in the fixed order above, years newest first, others alphabetically (Dutch).
 * Values without pages are left out.
 */
export function filterOptions(
  name: FilterName,
  counts: Readonly<Record<string, number>> | undefined,
): { value: string; label: string }[] {
  const values = Object.entries(counts ?? {})
    .filter(([, count]) => count > 0)
    .map(([value]) => value);
  if (name === 'type') {
    const order = Object.keys(TYPE_LABELS);
    const rank = (v: string) => (order.includes(v) ? order.indexOf(v) : order.length);
    return values
      .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'nl'))
      .map((value) => ({ value, label: TYPE_LABELS[value] ?? value }));
  }
  if (name === 'jaar')
    return values.sort((a, b) => b.localeCompare(a)).map((value) => ({ value, label: value }));
  return values.sort((a, b) => a.localeCompare(b, 'nl')).map((value) => ({ value, label: value }));
}
