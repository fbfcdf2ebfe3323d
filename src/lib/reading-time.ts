/**
 * Reading time for article bodies. Dutch non-fiction is read at roughly 200–250 words a
 * minute; we use 200 because readers of this site often read carefully, on a phone. The words
 * are counted on the body's syntax tree (`countReaderWords` in `src/lib/content/mdx.ts`).
 */

const WORDS_PER_MINUTE = 200;

/** Whole minutes, at least 1. */
export function readingMinutes(words: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}

/** "1 minuut leestijd", "4 minuten leestijd". */
export function formatReadingTime(minutes: number): string {
  return `${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} leestijd`;
}
