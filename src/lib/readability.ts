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
/** Words per sentence above which a sentence is flagged. */
export const LONG_SENTENCE_WORDS = 25;
/** Average sentence length above which an article is flagged. */
export const MAX_AVERAGE_SENTENCE_WORDS = 15;
/** Flesch-Douma score below which an article is flagged. */
export const MIN_FLESCH_DOUMA = 60;

/** A word: letters and digits, with inner apostrophes, hyphens and periods ("scenario's", "o.a.", "1.000"). */
const WORD = /[\p{L}\p{N}]+(?:[.,'’-][\p{L}\p{N}]+)*/gu;

function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Vowel clusters spoken as one sound, longest first ("mooi", "leeuw", "bijna", "ruimte"). */
const VOWEL_UNITS = ['aai', 'ooi', 'oei', 'eeu', 'ieu', 'aa', 'ee', 'oo', 'uu', 'ie', 'oe', 'eu', 'ui', 'ei', 'ij', 'au', 'ou'];
const VOWELS = new Set('aeiouy');
/** A diaeresis marks the start of a new syllable: "België", "coördinatie", "geïnteresseerd". */
const DIAERESIS = new Set('äëïöü');

/** Syllables in one run of adjacent vowels (with "ij" counted as a vowel). */
function syllablesInVowelRun(run: readonly string[]): number {
  const plain = run.map((char) => char.normalize('NFD')[0]!).join('');
  let syllables = 0;
  for (let i = 0; i < run.length; syllables++) {
    // A unit never reaches over a diaeresis: "ië" in "België" is i + ë.
    const unit = VOWEL_UNITS.find((u) => plain.startsWith(u, i) && !run.slice(i + 1, i + u.length).some((c) => DIAERESIS.has(c)));
    i += DIAERESIS.has(run[i]!) ? 1 : (unit?.length ?? 1);
  }
  return syllables;
}

/**
 * Number of syllables in a Dutch word, by spelling: every group of vowels that is spoken as one
 * sound counts once ("gemeente" 3, "nieuwe" 2, "telefooncentrale" 6), a diaeresis starts a new
 * syllable ("België" 3), and every word has at least one ("KCC", "2020").
 */
export function countSyllables(word: string): number {
  const chars = [...word.normalize('NFC').toLowerCase()];
  const base = (k: number) => chars[k]!.normalize('NFD')[0]!;
  const startsRun = (k: number) => VOWELS.has(base(k)) && !(k === 0 && base(k) === 'y' && VOWELS.has(chars[1] ?? '')); // "yoghurt"
  const continuesRun = (k: number) => VOWELS.has(base(k)) || (base(k) === 'j' && chars[k - 1] === 'i'); // "ij" is one vowel
  let syllables = 0;
  let i = 0;
  while (i < chars.length) {
    if (!startsRun(i)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < chars.length && continuesRun(end)) end++;
    syllables += syllablesInVowelRun(chars.slice(i, end));
    i = end;
  }
  return Math.max(1, syllables);
}

/** Abbreviations whose period does not end a sentence (lowercase, without the final period). */
const ABBREVIATIONS = new Set([
  'a.s', 'art', 'blz', 'bijv', 'bv', 'ca', 'd.w.z', 'dhr', 'dr', 'drs', 'e.a', 'e.d', 'enz', 'etc', 'evt', 'i.p.v', 'i.v.m',
  'ing', 'ir', 'jl', 'm.b.t', 'm.i.v', 'mevr', 'mr', 'mw', 'n.a.v', 'nl', 'nr', 'o.a', 'o.b.v', 'p', 'prof', 'resp', 't.a.v',
  't.o.v', 'vgl', 'zgn', 'z.g.a.n',
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
  const sentences: Sentence[] = [];
  const boundary = /[.!?…]+["'”’)\]]*(?=\s+["'“‘(\[]?[\p{Lu}\p{N}]|\s*$)/gu;
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const trimmed = raw.trim();
    if (trimmed && countWords(trimmed) > 0) {
      sentences.push({ text: trimmed, start: start + raw.indexOf(trimmed), words: countWords(trimmed) });
    }
    start = end;
  };
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].length;
    if (match[0].startsWith('.')) {
      const before = (/(\S+)$/.exec(text.slice(start, match.index))?.[1] ?? '').replace(/^[("'“‘]+/, '');
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
  let sentences = 0;
  let words = 0;
  let syllables = 0;
  for (const paragraph of paragraphs) {
    for (const sentence of splitSentences(paragraph)) {
      sentences++;
      for (const [word] of sentence.text.matchAll(WORD)) {
        words++;
        syllables += countSyllables(word);
      }
    }
  }
  return {
    sentences,
    words,
    syllables,
    averageSentenceLength: sentences ? words / sentences : 0,
    fleschDouma: fleschDouma(words, sentences, syllables),
  };
}
