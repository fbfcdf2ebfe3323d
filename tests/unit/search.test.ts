import { describe, expect, it } from 'vitest';
import {
  filterOptions,
  formatResultDate,
  isEmptySearch,
  pagefindQuery,
  parseSearchState,
  resultCountText,
  searchQueryString,
  withUnsortedLast,
  type SearchState,
} from '../../src/lib/search.ts';

const state = (over: Partial<SearchState> = {}): SearchState => ({
  query: '',
  filters: {},
  sort: '',
  ...over,
});

describe('the search state in the address', () => {
  it('reads query, filters and sort, tidying whitespace and ignoring unknown values', () => {
    expect(
      parseSearchState(
        '?q=%20direct%20%20routing%20&type=artikel&onderwerp=Microsoft+Teams&jaar=2021&sortering=nieuw&x=1',
      ),
    ).toEqual({
      query: 'direct routing',
      filters: { type: 'artikel', onderwerp: 'Microsoft Teams', jaar: '2021' },
      sort: 'nieuw',
    });
    expect(parseSearchState('?q=&type=&sortering=willekeurig')).toEqual(state());
    expect(parseSearchState('')).toEqual(state());
  });

  it('writes only what is set, and round-trips', () => {
    expect(searchQueryString(state())).toBe('');
    expect(searchQueryString(state({ query: 'kort geding' }))).toBe('?q=kort+geding');
    const full = state({
      query: '14+netnummer',
      filters: { onderwerp: "Scenario's en keuzes", jaar: '2020' },
      sort: 'oud',
    });
    expect(searchQueryString(full)).toBe(
      '?q=14%2Bnetnummer&onderwerp=Scenario%27s+en+keuzes&jaar=2020&sortering=oud',
    );
    expect(parseSearchState(searchQueryString(full))).toEqual(full);
  });
});

describe('the pagefind query', () => {
  it('passes words, filters and the date sort', () => {
    expect(
      pagefindQuery(state({ query: 'thuiswerken', filters: { type: 'artikel' }, sort: 'nieuw' })),
    ).toEqual({
      term: 'thuiswerken',
      options: { filters: { type: 'artikel' }, sort: { date: 'desc' } },
    });
    expect(pagefindQuery(state({ query: 'x', sort: 'oud' })).options.sort).toEqual({ date: 'asc' });
    expect(pagefindQuery(state({ query: 'x' })).options).toEqual({ filters: {}, sort: {} });
  });

  it('keeps pages without a date when sorting by date, after the dated ones', () => {
    const r = (id: string) => ({ id });
    // Pagefind's sorted search drops pages without the key (checked with pagefind 1.6).
    expect(withUnsortedLast([r('c'), r('a')], [r('b'), r('c'), r('a'), r('d')])).toEqual([
      r('c'),
      r('a'),
      r('b'),
      r('d'),
    ]);
    expect(withUnsortedLast([], [r('b')])).toEqual([r('b')]);
  });

  it('searches by filters alone with a null term; nothing at all is an empty search', () => {
    expect(pagefindQuery(state({ filters: { onderwerp: 'Thuiswerken' } })).term).toBeNull();
    expect(isEmptySearch(state())).toBe(true);
    expect(isEmptySearch(state({ filters: { jaar: '2020' } }))).toBe(false);
  });
});

describe('texts', () => {
  it('counts results in Dutch', () => {
    expect(resultCountText(0, state({ query: 'xyz' }))).toBe('Geen resultaten voor ‘xyz’.');
    expect(resultCountText(1, state({ query: 'gemeente' }))).toBe('1 resultaat voor ‘gemeente’.');
    expect(resultCountText(12, state({ query: 'gemeente', filters: { jaar: '2020' } }))).toBe(
      '12 resultaten voor ‘gemeente’ (met filters).',
    );
    expect(resultCountText(3, state({ filters: { onderwerp: 'Thuiswerken' } }))).toBe(
      '3 resultaten met deze filters.',
    );
  });

  it('formats a date meta value as a Dutch date, and nothing else', () => {
    expect(formatResultDate('2020-10-01')).toBe('1 oktober 2020');
    expect(formatResultDate('2020-02-30')).toBeUndefined();
    expect(formatResultDate(undefined)).toBeUndefined();
  });
});

describe('filter options', () => {
  it('orders types as the site does, years newest first, topics alphabetically, and drops empty values', () => {
    expect(filterOptions('type', { scenario: 2, artikel: 5, begrip: 0, onbekend: 1 })).toEqual([
      { value: 'artikel', label: 'Artikel' },
      { value: 'scenario', label: 'Scenario' },
      { value: 'onbekend', label: 'onbekend' },
    ]);
    expect(filterOptions('jaar', { '2020': 1, '2023': 4, '2021': 2 }).map((o) => o.value)).toEqual([
      '2023',
      '2021',
      '2020',
    ]);
    expect(
      filterOptions('onderwerp', { Thuiswerken: 1, 'Klantcontact (KCC)': 2, beveiliging: 1 }).map(
        (o) => o.value,
      ),
    ).toEqual(['beveiliging', 'Klantcontact (KCC)', 'Thuiswerken']);
    expect(filterOptions('onderwerp', undefined)).toEqual([]);
  });
});
