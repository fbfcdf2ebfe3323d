/**
 * Readability metrics for Dutch text (QUALITY A5): sentence length and the Flesch-Douma
 * reading ease, the Dutch adaptation of Flesch's formula (Douma, 1960):
 *
 *   206.835 − 0.93 × (words / sentences) − 77 × (syllables / words)
 *
 * Higher is easier; 60 and up reads as plain language (roughly B1). These are signals for the
 * editor, not a verdict: a loanword such as "Teams" is counted as Dutch, and the syllable
 * counter is a spelling heuristic, not a dictionary.
 */
import { proseWords } from './text/words.ts';

/** Words per sentence above which a sentence is flagged. */
export const LONG_SENTENCE_WORDS = 25;
/** Average sentence length above which an article is flagged. */
export const MAX_AVERAGE_SENTENCE_WORDS = 15;
/** Flesch-Douma score below which an article is flagged. */
export const MIN_FLESCH_DOUMA = 60;

/** Vowel clusters spoken as one sound, longest first ("mooi", "leeuw", "bijna", "ruimte"). */
const VOWEL_UNITS = [
  'aai',
  'ooi',
  'oei',
  'eeu',
  'ieu',
  'aa',
  'ee',
  'oo',
  'uu',
  'ie',
  'oe',
  'eu',
  'ui',
  'ei',
  'ij',
  'au',
  'ou',
];
const VOWELS = new Set('aeiouy');
const COMBINING_DIAERESIS = '\u0308';

/**
 * Syllables in one run of adjacent vowels (with "ij" counted as a vowel). `diaeresis[k]` marks
 * a vowel written with a diaeresis, which starts a new syllable: "België", "coördinatie".
 */
function syllablesInVowelRun(run: string, diaeresis: readonly boolean[]): number {
  let syllables = 0;
  for (let i = 0; i < run.length; syllables++) {
    // A unit never reaches over a diaeresis: "ië" in "België" is i + ë.
    const unit = diaeresis[i]
      ? undefined
      : VOWEL_UNITS.find(
          (u) => run.startsWith(u, i) && !diaeresis.slice(i + 1, i + u.length).includes(true),
        );
    i += unit?.length ?? 1;
  }
  return syllables;
}

function computeSyllables(word: string): number {
  // Decompose once: base letters, each with a flag for a diaeresis; other accents dropped.
  let letters = '';
  const diaeresis: boolean[] = [];
  for (const char of word.normalize('NFD')) {
    const code = char.charCodeAt(0);
    if (code >= 0x300 && code <= 0x36f) {
      if (char === COMBINING_DIAERESIS && diaeresis.length) diaeresis[diaeresis.length - 1] = true;
      continue;
    }
    letters += char;
    diaeresis.push(false);
  }
  const startsRun = (k: number) =>
    VOWELS.has(letters[k]!) && !(k === 0 && letters[0] === 'y' && VOWELS.has(letters[1] ?? '')); // "yoghurt"
  const continuesRun = (k: number) =>
    VOWELS.has(letters[k]!) || (letters[k] === 'j' && letters[k - 1] === 'i'); // "ij" is one vowel
  let syllables = 0;
  let i = 0;
  while (i < letters.length) {
    if (!startsRun(i)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < letters.length && continuesRun(end)) end++;
    syllables += syllablesInVowelRun(letters.slice(i, end), diaeresis.slice(i, end));
    i = end;
  }
  return Math.max(1, syllables);
}

/** Words repeat a lot in a text; counting each spelling once keeps a 1000-article check fast. */
const syllableCache = new Map<string, number>();
const CACHE_LIMIT = 50_000;

/**
 * Number of syllables in a Dutch word, by spelling: every group of vowels that is spoken as one
 * sound counts once ("gemeente" 3, "nieuwe" 2, "telefooncentrale" 6), a diaeresis starts a new
 * syllable ("België" 3), and every word has at least one ("KCC", "2020").
 */
export function countSyllables(word: string): number {
  const key = word.toLowerCase();
  let syllables = syllableCache.get(key);
  if (syllables === undefined) {
    syllables = computeSyllables(key);
    if (syllableCache.size < CACHE_LIMIT) syllableCache.set(key, syllables);
  }
  return syllables;
}

/** Abbreviations whose period does not end a sentence (lowercase, without the final period). */
const ABBREVIATIONS = new Set([
  'a.s',
  'art',
  'blz',
  'bijv',
  'bv',
  'ca',
  'd.w.z',
  'dhr',
  'dr',
  'drs',
  'e.a',
  'e.d',
  'enz',
  'etc',
  'evt',
  'i.p.v',
  'i.v.m',
  'ing',
  'ir',
  'jl',
  'm.b.t',
  'm.i.v',
  'mevr',
  'mr',
  'mw',
  'n.a.v',
  'nl',
  'nr',
  'o.a',
  'o.b.v',
  'p',
  'prof',
  'resp',
  't.a.v',
  't.o.v',
  'vgl',
  'zgn',
  'z.g.a.n',
]);

export interface Sentence {
  text: string;
  /** Offset of the sentence in the text it came from. */
  start: number;
  words: number;
}

/**
 * Splits a paragraph into sentences at `.`, `!`, `?` and `…` followed by a space and a capital,
 * digit or quote, except after common Dutch abbreviations ("bijv.", "o.a.") and initials ("J. de
 * Vries"). A paragraph without final punctuation (a list item, a caption) is one sentence.
 */
export function splitSentences(text: string): Sentence[] {
  return sentencesWithWords(text).map(({ text, start, words }) => ({ text, start, words }));
}

/** `splitSentences`, with each sentence's words as well: `readability` counts their syllables without splitting again. */
function sentencesWithWords(text: string): (Sentence & { wordList: string[] })[] {
  const sentences: (Sentence & { wordList: string[] })[] = [];
  const boundary = /[.!?…]+["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\p{N}]|\s*$)/gu;
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const trimmed = raw.trim();
    const wordList = proseWords(trimmed);
    if (wordList.length > 0)
      sentences.push({
        text: trimmed,
        start: start + raw.indexOf(trimmed),
        words: wordList.length,
        wordList,
      });
    start = end;
  };
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].length;
    if (match[0].startsWith('.')) {
      let from = match.index;
      while (from > start && !/\s/.test(text[from - 1]!)) from--;
      const before = text.slice(from, match.index).replace(/^[("'“‘]+/, '');
      if (ABBREVIATIONS.has(before.toLowerCase()) || /^\p{Lu}$/u.test(before)) continue; // "bijv.", "J. de Vries"
    }
    push(end);
  }
  push(text.length);
  return sentences;
}

export interface Readability {
  sentences: number;
  words: number;
  syllables: number;
  /** Words per sentence. */
  averageSentenceLength: number;
  /** Flesch-Douma reading ease. */
  fleschDouma: number;
  /** Every sentence, with the index of the paragraph it is in. */
  items: (Sentence & { paragraph: number })[];
}

/** Flesch-Douma reading ease for totals of words, sentences and syllables. */
export function fleschDouma(words: number, sentences: number, syllables: number): number {
  if (words === 0 || sentences === 0) return 0;
  return 206.835 - 0.93 * (words / sentences) - 77 * (syllables / words);
}

/**
 * Metrics over a list of paragraphs (each split into sentences on its own, so a heading or list
 * item without a period never runs into the next one).
 */
export function readability(paragraphs: readonly string[]): Readability {
  const items: Readability['items'] = [];
  let words = 0;
  let syllables = 0;
  paragraphs.forEach((paragraph, index) => {
    for (const { wordList, ...sentence } of sentencesWithWords(paragraph)) {
      items.push({ ...sentence, paragraph: index });
      words += sentence.words;
      for (const word of wordList) syllables += countSyllables(word);
    }
  });
  const sentences = items.length;
  return {
    sentences,
    words,
    syllables,
    averageSentenceLength: sentences ? words / sentences : 0,
    fleschDouma: fleschDouma(words, sentences, syllables),
    items,
  };
}
