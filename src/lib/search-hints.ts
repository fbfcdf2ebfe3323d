/**
 * What the search page says about its results beyond the list, without the DOM:
 * - which section of a page matched (pagefind's sub-results), so a hit links into the page;
 * - whether the query words themselves occur in the results, or only related forms that
 *   pagefind's stemming and prefix matching found ("honest counts");
 * - "Bedoelde u …?": the nearest word of a vocabulary written at build time (glossary terms,
 *   aliases, headings, the words of the index), by edit distance.
 */
import { forEachVocabularyWord } from './text/words.ts';

/** The part of a pagefind sub-result (pagefind.js 1.6) used here. */
export interface SubResult {
  title: string;
  url: string;
  /** Absent for the text before the first heading: that part is the page itself. */
  anchor?: { id: string } | undefined;
  excerpt: string;
  weighted_locations?: readonly { weight: number; balanced_score: number }[] | undefined;
}

/**
 * The section that matched best, when it is a section with an id (not the page top): the one
 * whose matches score highest. A hit whose best part is the page's start gets no section.
 */
export function bestSection<T extends SubResult>(
  subResults: readonly T[] | undefined,
): T | undefined {
  let best: T | undefined;
  let bestScore = -1;
  for (const sub of subResults ?? []) {
    const score = (sub.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);
    if (score > bestScore) {
      best = sub;
      bestScore = score;
    }
  }
  return best?.anchor?.id && best.url.includes('#') ? best : undefined;
}

/** Lower case without diacritics, the way pagefind compares words ("Überhaupt" → "uberhaupt"). */
export function normalizeWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a query, normalized; one-letter words and punctuation are left out. */
export function queryWords(query: string): string[] {
  return [...normalizeWord(query).matchAll(/[\p{L}\p{N}]+/gu)]
    .map((m) => m[0])
    .filter((w) => w.length > 1);
}

/**
 * The query words that occur as a whole word in none of `contents` (the text of the results
 * shown). Non-empty means the results were found through related forms only.
 */
export function missingWords(query: string, contents: readonly string[]): string[] {
  const present = new Set(
    contents.flatMap((text) =>
      [...normalizeWord(text).matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0]),
    ),
  );
  return [...new Set(queryWords(query))].filter((word) => !present.has(word));
}

/** The status line when the results hold none of the query's own words. */
export function relatedOnlyText(query: string): string {
  return `Geen exacte treffers voor ‘${query}’. Wel resultaten voor verwante woorden:`;
}

/**
 * Optimal string alignment distance (Levenshtein plus swapping two neighbours, so "pentset" is
 * one step from "pentest"), or `max + 1` as soon as it must exceed `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** How far a word may be from its suggestion: short words need a closer match. */
function allowedDistance(word: string): number {
  return word.length <= 3 ? 0 : word.length <= 5 ? 1 : 2;
}

/**
 * "Bedoelde u …?": the query with every word that is not in the vocabulary replaced by the
 * nearest vocabulary word, or undefined when nothing changes. `vocabulary` is in priority
 * order (glossary forms and headings first, then index words by frequency): on equal distance
 * the earlier word wins.
 */
export function suggestQuery(query: string, vocabulary: readonly string[]): string | undefined {
  const known = new Map<string, string>();
  for (const word of vocabulary) {
    const key = normalizeWord(word);
    if (!known.has(key)) known.set(key, word);
  }
  let changed = false;
  const words = query
    .trim()
    .split(/\s+/)
    .map((word) => {
      const key = normalizeWord(word);
      const max = allowedDistance(key);
      if (known.has(key) || max === 0 || !/^[\p{L}\p{N}-]+$/u.test(key)) return word;
      let best: string | undefined;
      let bestDistance = max + 1;
      for (const [candidate, display] of known) {
        if (candidate.includes(' ')) continue;
        const distance = editDistance(key, candidate, bestDistance - 1);
        if (distance < bestDistance) {
          best = display;
          bestDistance = distance;
          if (distance === 1) break;
        }
      }
      if (!best) return word;
      changed = true;
      return best;
    });
  return changed ? words.join(' ') : undefined;
}

export interface Vocabulary {
  /** Priority order: glossary terms and aliases, headings, then index words by frequency. */
  words: string[];
}

/** Running-text words shorter than this are not hints: "de", "het" and "een" are no typos to correct. */
const MIN_TEXT_WORD = 4;

/** Alphabetical order for ties; one collator, not one per comparison (made on first use: the search island bundles this module). */
let wordOrder: Intl.Collator | undefined;

/**
 * Builds the vocabulary: `priority` forms first (in the given order), then the words of
 * `texts` by how often they occur (ties alphabetically), each word once (compared normalized).
 */
export function buildVocabulary(priority: readonly string[], texts: readonly string[]): Vocabulary {
  const counts = new Map<string, number>();
  for (const text of texts)
    forEachVocabularyWord(text, MIN_TEXT_WORD, (word) =>
      counts.set(word, (counts.get(word) ?? 0) + 1),
    );
  const byFrequency = [...counts]
    .sort((a, b) => b[1] - a[1] || (wordOrder ??= new Intl.Collator('nl')).compare(a[0], b[0]))
    .map(([word]) => word);
  const seen = new Set<string>();
  const words: string[] = [];
  for (const form of [...priority, ...byFrequency]) {
    // "Pentest" is shown as "pentest"; abbreviations and names with inner capitals keep theirs.
    const word = /^\p{Lu}\p{Ll}+$/u.test(form.trim()) ? form.trim().toLowerCase() : form.trim();
    const key = normalizeWord(word);
    if (word === '' || seen.has(key)) continue;
    seen.add(key);
    words.push(word);
  }
  return { words };
}

/**
 * Glossary forms (term, abbreviation, aliases), normalized, to the term page: a search for
 * exactly one of them puts that page first, whatever pagefind's word counts say (an article
 * that repeats "pentests" would otherwise outrank the term page).
 */
export function termIndex(
  entries: readonly { href: string; forms: readonly string[] }[],
): Record<string, string> {
  const index: Record<string, string> = {};
  for (const { href, forms } of entries)
    for (const form of forms) index[normalizeWord(form).replace(/\s+/g, ' ').trim()] ??= href;
  return index;
}

/** The term page for a query that is exactly a glossary form, or undefined. */
export function termForQuery(
  query: string,
  index: Readonly<Record<string, string>>,
): string | undefined {
  return Object.hasOwn(index, normalizeWord(query).replace(/\s+/g, ' ').trim())
    ? index[normalizeWord(query).replace(/\s+/g, ' ').trim()]
    : undefined;
}

/** `results` with the one whose id is `id` moved to the front (unchanged when absent). */
export function withFirst<T extends { id: string }>(results: readonly T[], id: string): T[] {
  const found = results.find((r) => r.id === id);
  return found ? [found, ...results.filter((r) => r !== found)] : [...results];
}
