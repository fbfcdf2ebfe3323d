/**
 * The one place that says what a word is. Two kinds, for two jobs:
 *
 * - prose words, for counting (reading time, readability, the glossary's length limit, page
 *   budgets): runs of letters and digits with inner apostrophes, hyphens, periods and commas,
 *   so "scenario's", "KCC-medewerkers", "o.a" and "1.000" are one word each;
 * - vocabulary words, for the search page's "bedoelde u" hints: letters only (inner hyphens
 *   allowed), lower-cased, because a hint is a word a reader types, not a number.
 */

const PROSE_WORD = /[\p{L}\p{N}]+(?:[.,'’-][\p{L}\p{N}]+)*/gu;
const VOCABULARY_WORD = /\p{L}[\p{L}-]*\p{L}/gu;

/** The prose words of `text`, in order. */
export function proseWords(text: string): string[] {
  return text.match(PROSE_WORD) ?? [];
}

/** The number of prose words in `text`. */
export function countWords(text: string): number {
  return proseWords(text).length;
}

/** The vocabulary words of `text` (two letters or more), lower-cased, in order. */
export function vocabularyWords(text: string): string[] {
  const words: string[] = [];
  forEachVocabularyWord(text, 2, (word) => words.push(word));
  return words;
}

/**
 * Calls `visit` with each vocabulary word of `text` that has at least `minLength` characters,
 * lower-cased, in order: for counting the words of a whole site without an array per text.
 */
export function forEachVocabularyWord(
  text: string,
  minLength: number,
  visit: (word: string) => void,
): void {
  const words = new RegExp(VOCABULARY_WORD);
  for (let match = words.exec(text); match; match = words.exec(text))
    if (match[0].length >= minLength) visit(match[0].toLowerCase());
}
