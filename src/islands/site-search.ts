/**
 * `<site-search>`: the search page's island. It enhances the server-rendered form on /zoeken/
 * with pagefind's JavaScript API (loaded from /pagefind/pagefind.js, only on this page):
 * results on load from `?q=`, results while typing with the address kept in step
 * (history.replaceState, so the back button leaves the page as expected), filters and sort,
 * a live region with the count, and "geen resultaten" with suggestions. Escape clears the
 * field; `/` anywhere on the page focuses it.
 *
 * Issue 12: a hit links to the section that matched (pagefind's sub-results); the count says
 * when the query words themselves are on no result page; after a poor search the build's
 * vocabulary offers "Bedoelde u …?"; Back from a result restores the results shown and the
 * scroll position, after the results have rendered again.
 */
import {
  FILTER_NAMES,
  TYPE_LABELS,
  filterOptions,
  formatResultDate,
  hasFilters,
  isEmptySearch,
  pagefindQuery,
  parseSearchState,
  resultCountText,
  searchQueryString,
  type FilterName,
  type SearchState,
  type SortOrder,
  withUnsortedLast,
} from '../lib/search.ts';
import {
  bestSection,
  missingWords,
  relatedOnlyText,
  suggestQuery,
  termForQuery,
  withFirst,
  type SubResult,
  type Vocabulary,
} from '../lib/search-hints.ts';

/** The part of pagefind's modular API (pagefind.js, version 1.6) this page uses. */
interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  sub_results?: SubResult[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: object): Promise<void>;
  search(term: string | null, options?: object): Promise<PagefindSearch>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** Kept out of the bundle: the index is built after Astro bundles this file. */
const PAGEFIND_URL = '/pagefind/pagefind.js';
const PAGE_SIZE = 10;
const TYPING_DELAY_MS = 200;
/** At most this many results count as "few": then the vocabulary is asked for a better word. */
const FEW_RESULTS = 2;
/** Where Back finds what the reader saw: kept in the history entry of the search page. */
interface SavedView {
  shown: number;
  scrollY: number;
}

class SiteSearch extends HTMLElement {
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #selects = new Map<FilterName | 'sortering', HTMLSelectElement>();
  #output!: HTMLElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #empty!: HTMLElement;
  #emptyQuery!: HTMLElement;
  #clearFilters!: HTMLElement;
  #topics!: HTMLElement;
  #refine!: HTMLDetailsElement;
  #suggestion!: HTMLElement;
  #vocabulary: Promise<Vocabulary> | undefined;
  /** The text of the results shown for the current search, to tell exact from related hits. */
  #contents: string[] = [];
  /** Glossary forms → term page (from the page's data-terms). */
  #terms: Record<string, string> = {};
  #pagefind: Promise<Pagefind> | undefined;
  #topicCounts: Record<string, number> = {};
  /** Results of the current search whose data is not shown yet. */
  #pending: PagefindSearch['results'] = [];
  /** Increases with every search; a slower, older search never overwrites a newer one. */
  #generation = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    this.#form = this.#find('form');
    this.#input = this.#find('input[type="search"]');
    for (const name of [...FILTER_NAMES, 'sortering'] as const)
      this.#selects.set(name, this.#find(`select[name="${name}"]`));
    this.#output = this.#find('[data-output]');
    this.#status = this.#find('[data-status]');
    this.#list = this.#find('[data-results]');
    this.#more = this.#find('[data-more]');
    this.#empty = this.#find('[data-empty]');
    this.#emptyQuery = this.#find('[data-empty-query]');
    this.#clearFilters = this.#find('[data-clear-filters]');
    this.#topics = this.#find('[data-topics]');
    this.#refine = this.#find('[data-refine]');
    this.#suggestion = this.#find('[data-suggestion]');
    try {
      this.#terms = JSON.parse(this.dataset['terms'] ?? '{}') as Record<string, string>;
    } catch {
      this.#terms = {};
    }

    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#run();
    });
    this.#input.addEventListener('input', () => {
      void this.#load()
        .then((pagefind) => pagefind.preload(this.#input.value))
        .catch(() => {});
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => void this.#run(), TYPING_DELAY_MS);
    });
    this.#input.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || this.#input.value === '') return;
      event.preventDefault();
      this.#input.value = '';
      void this.#run();
    });
    for (const select of this.#selects.values())
      select.addEventListener('change', () => void this.#run());
    this.#more.addEventListener('click', () => void this.#showMore(true));
    this.#clearFilters.querySelector('button')?.addEventListener('click', () => {
      for (const name of FILTER_NAMES) this.#selects.get(name)!.value = '';
      void this.#run();
      this.#input.focus();
    });
    document.addEventListener('keydown', (event) => {
      if (
        event.key !== '/' ||
        event.ctrlKey ||
        event.metaKey ||
        event.altKey ||
        isEditable(event.target)
      )
        return;
      event.preventDefault();
      this.#input.focus();
      this.#input.select();
    });

    // Back to this page: the results render asynchronously, so the browser's own scroll
    // restoration would act on an empty list. The island restores it once they are in.
    history.scrollRestoration = 'manual';
    const saved = savedView(history.state);
    const remember = () =>
      history.replaceState(
        {
          searchView: {
            shown: this.#list.children.length,
            scrollY: Math.round(scrollY),
          } satisfies SavedView,
        },
        '',
      );
    this.#list.addEventListener('click', (event) => {
      if (event.target instanceof Element && event.target.closest('a')) remember();
    });
    // Also while scrolling (debounced): a reload or a closed tab gives no reliable last moment.
    let scrollTimer: ReturnType<typeof setTimeout> | undefined;
    addEventListener(
      'scroll',
      () => {
        clearTimeout(scrollTimer);
        scrollTimer = setTimeout(() => this.#list.children.length > 0 && remember(), 250);
      },
      { passive: true },
    );
    addEventListener('pagehide', remember);

    const state = parseSearchState(location.search);
    this.#input.value = state.query;
    this.#refine.open =
      hasFilters(state) || state.sort !== '' || matchMedia('(min-width: 40.01rem)').matches;
    this.#selects.get('sortering')!.value = state.sort;
    // Filters from the address apply at once; the other choices arrive with the index.
    for (const name of FILTER_NAMES) this.#fillSelect(name, {}, state.filters[name]);
    this.dataset['ready'] = '';
    // The header's search link on a phone leads here: the reader came to type.
    if (location.hash === '#zoekterm' && state.query === '') this.#input.focus();
    void this.#start(state, saved);
  }

  async #start(state: SearchState, saved: SavedView | undefined): Promise<void> {
    // The first results come first; the filter choices (a few more index files) after them.
    if (!isEmptySearch(state)) await this.#run(saved);
    if (this.dataset['failed'] !== undefined) return;
    try {
      const counts = await (await this.#load()).filters();
      this.#topicCounts = counts['onderwerp'] ?? {};
      for (const name of FILTER_NAMES)
        this.#fillSelect(name, counts[name], this.#selects.get(name)!.value || undefined);
      if (!this.#empty.hidden) this.#renderTopics();
    } catch {
      this.#fail();
    }
  }

  #load(): Promise<Pagefind> {
    this.#pagefind ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
      await pagefind.options({ excerptLength: 24 });
      await pagefind.init();
      return pagefind;
    })();
    return this.#pagefind;
  }

  /** Sets the options of a filter from the index counts, keeping `selected` chosen and visible. */
  #fillSelect(
    name: FilterName,
    counts: Record<string, number> | undefined,
    selected: string | undefined,
  ): void {
    const select = this.#selects.get(name)!;
    const options = filterOptions(name, counts);
    // A value from the address that the index does not know stays visible, so what is
    // filtered is never hidden.
    if (selected && !options.some((o) => o.value === selected))
      options.push({ value: selected, label: selected });
    select.replaceChildren(
      select.options[0]!,
      ...options.map(({ value, label }) => new Option(label, value)),
    );
    select.value = selected ?? '';
  }

  #state(): SearchState {
    const filters: SearchState['filters'] = {};
    for (const name of FILTER_NAMES) {
      const value = this.#selects.get(name)!.value;
      if (value) filters[name] = value;
    }
    return {
      query: this.#input.value.replace(/\s+/g, ' ').trim(),
      filters,
      sort: this.#selects.get('sortering')!.value as SortOrder,
    };
  }

  async #run(saved?: SavedView): Promise<void> {
    clearTimeout(this.#timer);
    const generation = ++this.#generation;
    const state = this.#state();
    // A new search starts at the top: the saved view belongs to the search that was left.
    history.replaceState(null, '', `${location.pathname}${searchQueryString(state)}`);
    this.#suggestion.hidden = true;
    if (hasFilters(state) || state.sort) this.#refine.open = true;
    if (isEmptySearch(state)) {
      this.#render(state, []);
      this.#status.textContent = '';
      this.#output.removeAttribute('aria-busy');
      return;
    }
    this.#output.setAttribute('aria-busy', 'true');
    let search: PagefindSearch;
    try {
      const pagefind = await this.#load();
      const { term, options } = pagefindQuery(state);
      search = await pagefind.search(term, options);
      if (state.sort) {
        const unsorted = await pagefind.search(term, { filters: options.filters });
        search = { results: withUnsortedLast(search.results, unsorted.results) };
      } else if (term && !options.filters['type']) {
        search = {
          results: await this.#termFirst(pagefind, term, options.filters, search.results),
        };
      }
      if (generation !== this.#generation) return;
      this.#render(state, search.results);
      await this.#showMore(false);
      while (
        saved &&
        this.#list.children.length < saved.shown &&
        this.#pending.length > 0 &&
        generation === this.#generation
      )
        await this.#showMore(false);
    } catch {
      if (generation === this.#generation) this.#fail();
      return;
    }
    if (generation !== this.#generation) return;
    const related =
      search.results.length > 0 &&
      state.query !== '' &&
      missingWords(state.query, this.#contents).length > 0;
    this.#status.textContent = related
      ? relatedOnlyText(state.query)
      : resultCountText(search.results.length, state);
    this.#output.removeAttribute('aria-busy');
    if (saved) scrollTo(0, saved.scrollY);
    if (state.query !== '' && (related || search.results.length <= FEW_RESULTS))
      void this.#suggest(state, generation);
  }

  /**
   * When the query is exactly a glossary form (term, abbreviation or alias), its term page goes
   * first: found among the glossary results (one more search, one fragment), then moved up.
   */
  async #termFirst(
    pagefind: Pagefind,
    term: string,
    filters: Record<string, string>,
    results: PagefindSearch['results'],
  ): Promise<PagefindSearch['results']> {
    const href = termForQuery(term, this.#terms);
    if (!href) return results;
    // Mostly the term page is first already; its fragment is needed for the first result anyway.
    // Only otherwise the extra filtered search, which costs main-thread time (Lighthouse TBT).
    if ((await results[0]?.data())?.url === href) return results;
    const terms = await pagefind.search(term, { filters: { ...filters, type: 'begrip' } });
    for (const candidate of terms.results.slice(0, 3)) {
      if ((await candidate.data()).url === href) return withFirst(results, candidate.id);
    }
    return results;
  }

  /** "Bedoelde u …?" from the build's vocabulary, fetched only now: most searches never need it. */
  async #suggest(state: SearchState, generation: number): Promise<void> {
    try {
      // The page says where the list is (`data-vocabulary`), so the island needs no route table.
      const address = this.dataset['vocabulary'];
      if (!address) return;
      this.#vocabulary ??= fetch(address).then((response) => {
        if (!response.ok) throw new Error(`${address}: ${response.status}`);
        return response.json() as Promise<Vocabulary>;
      });
      const suggestion = suggestQuery(state.query, (await this.#vocabulary).words);
      if (!suggestion || generation !== this.#generation) return;
      const link = this.#suggestion.querySelector('a')!;
      link.href = `${location.pathname}${searchQueryString({ ...state, query: suggestion })}`;
      link.textContent = suggestion;
      this.#suggestion.hidden = false;
    } catch {
      // Without the vocabulary the page simply offers no suggestion.
      this.#vocabulary = undefined;
    }
  }

  #render(state: SearchState, results: PagefindSearch['results']): void {
    this.#pending = [...results];
    this.#contents = [];
    this.#list.replaceChildren();
    this.#more.hidden = true;
    const none = results.length === 0 && !isEmptySearch(state);
    this.#empty.hidden = !none;
    if (!none) return;
    this.#emptyQuery.textContent = state.query
      ? `Niets gevonden voor ‘${state.query}’.`
      : 'Niets gevonden met deze filters.';
    this.#clearFilters.hidden = !hasFilters(state);
    this.#renderTopics();
  }

  /** Topic suggestions: each topic that has pages, as a link to everything in it. */
  #renderTopics(): void {
    const topics = filterOptions('onderwerp', this.#topicCounts);
    this.#topics.replaceChildren(
      ...topics.map(({ value, label }) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = `${location.pathname}${searchQueryString({ query: '', filters: { onderwerp: value }, sort: '' })}`;
        link.textContent = label;
        item.append(link);
        return item;
      }),
    );
    this.#topics.closest('[data-topics-block]')?.toggleAttribute('hidden', topics.length === 0);
  }

  /**
   * Loads and appends the next page of results; `focus` moves focus to the first new one. The
   * first result is shown as soon as its own data is in, the rest of the page follows, so
   * the reader sees something after one small fragment instead of ten.
   */
  async #showMore(focus: boolean): Promise<void> {
    const generation = this.#generation;
    const batch = this.#pending.splice(0, PAGE_SIZE);
    this.#more.hidden = true;
    for (const [i, group] of [batch.slice(0, 1), batch.slice(1)].entries()) {
      const data = await Promise.all(group.map((result) => result.data()));
      if (generation !== this.#generation) return;
      this.#contents.push(...data.map((d) => d.content));
      const items = data.map(resultItem);
      this.#list.append(...items);
      if (focus && i === 0) items[0]?.querySelector('a')?.focus();
    }
    this.#more.hidden = this.#pending.length === 0;
  }

  #fail(): void {
    this.#output.removeAttribute('aria-busy');
    this.#list.replaceChildren();
    this.#empty.hidden = true;
    this.#more.hidden = true;
    this.#status.textContent =
      'Zoeken lukt nu niet: de zoekindex kon niet worden geladen. Probeer het later opnieuw of blader via de links hieronder.';
    this.dataset['failed'] = '';
  }

  #find<T extends Element>(selector: string): T {
    const element = this.querySelector<T>(selector);
    if (!element) throw new Error(`site-search: ${selector} ontbreekt`);
    return element;
  }
}

function savedView(state: unknown): SavedView | undefined {
  const view = (state as { searchView?: Partial<SavedView> } | null)?.searchView;
  return view && typeof view.shown === 'number' && typeof view.scrollY === 'number'
    ? { shown: view.shown, scrollY: view.scrollY }
    : undefined;
}

function isEditable(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName))
  );
}

/** One result: title link, type, date (articles), excerpt with the matches marked. */
function resultItem(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const heading = document.createElement('h2');
  heading.className = 'search-result__title';
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta['title'] ?? data.url;
  heading.append(link);

  const meta = document.createElement('p');
  meta.className = 'search-result__meta';
  const type = data.filters['type']?.[0];
  if (type) {
    const badge = document.createElement('span');
    badge.className = 'search-result__type';
    badge.textContent = (TYPE_LABELS[type] ?? type).toLowerCase();
    meta.append(badge);
  }
  const date = formatResultDate(data.meta['date']);
  if (date) {
    const time = document.createElement('time');
    time.dateTime = data.meta['date']!;
    time.textContent = date;
    meta.append(time);
  }

  // The section that matched, as a link into the page; its excerpt is the one shown.
  const section = bestSection(data.sub_results);
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result__excerpt';
  excerpt.append(...excerptNodes(section?.excerpt ?? data.excerpt));
  item.append(heading, meta);
  if (section) {
    const where = document.createElement('p');
    where.className = 'search-result__section';
    const sectionLink = document.createElement('a');
    sectionLink.href = section.url;
    sectionLink.textContent = section.title;
    where.append('Gevonden bij: ', sectionLink);
    item.append(where);
  }
  item.append(excerpt);
  return item;
}

/**
 * Pagefind's excerpt is escaped text with `<mark>` around matches. It is parsed in an inert
 * template and only its text and marks are copied: nothing else from the index reaches the DOM.
 */
function excerptNodes(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) => {
    if (node instanceof Element && node.localName === 'mark') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

customElements.define('site-search', SiteSearch);
