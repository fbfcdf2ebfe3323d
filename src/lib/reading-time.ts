/**
 * Reading time for MDX article bodies. Dutch non-fiction is read at roughly 200–250 words a
 * minute; we use 200 because readers of this site often read carefully, on a phone.
 */

const WORDS_PER_MINUTE = 200;

/**
 * Reduces an MDX body to the words a reader sees: drops ESM lines, JSX tags, HTML comments,
 * code fences, link targets and Markdown punctuation.
 */
export function plainText(mdx: string): string {
  return mdx
    .replace(/^(?:import|export)\s.*$/gm, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[\^[^\]]+\]:?/g, ' ')
    .replace(/^\s{0,3}(?:#{1,6}|[-*+>]|\d+\.)\s+/gm, '')
    .replace(/[*_`~|]/g, ' ');
}

/** Whole minutes, at least 1. */
export function readingMinutes(words: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}

/** "1 minuut leestijd", "4 minuten leestijd". */
export function formatReadingTime(minutes: number): string {
  return `${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} leestijd`;
}
