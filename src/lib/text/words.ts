/**
 * The one place that says what a word is. Two kinds, for two jobs:
 *
 * - prose words, for counting (reading time, readability, the glossary's length limit, page
 *   budgets): runs of letters and digits with inner apostrophes, hyphens, periods and commas,
 *   so "scenario's", "KCC-medewerkers", "o.a" and "1.000" are one word each;
 * - vocabulary words, for the search page's "bedoelde u" hints: letters only (inner hyphens
 *   allowed), lower-cased, because a hint is a word a reader types, not a number.
 */

/** A letter or digit at a position (`[\p{L}\p{N}]`), for the characters the fast path does not know. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;

/** A letter at a position (`\p{L}`), likewise. */
const LETTER = /\p{L}/uy;

/** The length of what the one-character sticky `pattern` matches at `index` (2 outside the BMP), or 0. */
function matchedAt(pattern: RegExp, text: string, index: number): number {
  pattern.lastIndex = index;
  return pattern.test(text) ? pattern.lastIndex - index : 0;
}

/**
 * 1 for an ASCII or Latin-1 letter, 0 for another ASCII or Latin-1 character, `undefined` for
 * the rest: almost every character of a Dutch text is decided here, without a regex.
 */
function latinLetter(code: number): 0 | 1 | undefined {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) ? 1 : 0;
  // À–ÿ without × and ÷ (0x80–0xbf holds letters and digits too: ª µ º, ² ³ ¹ ¼ ½ ¾).
  if (code >= 0xc0 && code <= 0xff) return code === 0xd7 || code === 0xf7 ? 0 : 1;
  return undefined;
}

/** The length of the letter or digit at `index` of `text` (2 for one outside the BMP), or 0 (also past the end). */
function letterOrDigitAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code >= 0x30 && code <= 0x39) return 1;
  return latinLetter(code) ?? matchedAt(LETTER_OR_DIGIT, text, index);
}

/** The length of the letter at `index` of `text`, like `letterOrDigitAt`. */
function letterAt(text: string, index: number): number {
  return latinLetter(text.charCodeAt(index)) ?? matchedAt(LETTER, text, index);
}

/** `.`, `,`, `'`, `’` and `-`: they join two runs of letters or digits into one word. */
function isJoiner(code: number): boolean {
  return code === 0x2e || code === 0x2c || code === 0x27 || code === 0x2019 || code === 0x2d;
}

/**
 * Calls `visit` with the start and end of each prose word of `text`, in order: runs of letters
 * and digits, joined by one inner `.`, `,`, `'`, `’` or `-` each (the regular expression
 * `[\p{L}\p{N}]+(?:[.,'’-][\p{L}\p{N}]+)*`). A scanner rather than that expression, because
 * the readability check and reading time run it over every paragraph of every article, and on
 * text with typographic quotes (two bytes per character in V8) the expression is twice as slow.
 */
function scanProseWords(text: string, visit: (start: number, end: number) => void): void {
  const length = text.length;
  let index = 0;
  while (index < length) {
    let step = letterOrDigitAt(text, index);
    if (step === 0) {
      index++;
      continue;
    }
    const start = index;
    index += step;
    for (;;) {
      while ((step = letterOrDigitAt(text, index)) > 0) index += step;
      if (!isJoiner(text.charCodeAt(index))) break;
      const next = letterOrDigitAt(text, index + 1);
      if (next === 0) break;
      index += 1 + next;
    }
    visit(start, index);
  }
}

/** The prose words of `text`, in order. */
export function proseWords(text: string): string[] {
  const words: string[] = [];
  scanProseWords(text, (start, end) => words.push(text.slice(start, end)));
  return words;
}

/** The number of prose words in `text`. */
export function countWords(text: string): number {
  let words = 0;
  scanProseWords(text, () => words++);
  return words;
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
 * A vocabulary word is a run of letters and hyphens that starts and ends with a letter and
 * has two letters at least (the regular expression `\p{L}[\p{L}-]*\p{L}`). A scanner for the
 * same reason as the prose words': the search vocabulary counts every word of every indexed
 * page after pagefind has written the index, the last step of a build.
 */
export function forEachVocabularyWord(
  text: string,
  minLength: number,
  visit: (word: string) => void,
): void {
  const length = text.length;
  let index = 0;
  while (index < length) {
    const first = letterAt(text, index);
    if (first === 0) {
      index++;
      continue;
    }
    const start = index;
    // `end` follows the last letter: hyphens after it are not part of the word.
    let end = start + first;
    index = end;
    for (;;) {
      if (text.charCodeAt(index) === 0x2d) {
        index++;
        continue;
      }
      const step = letterAt(text, index);
      if (step === 0) break;
      index += step;
      end = index;
    }
    if (end > start + first && end - start >= minLength)
      visit(text.slice(start, end).toLowerCase());
  }
}
