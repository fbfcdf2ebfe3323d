/**
 * Share previews (Open Graph images), the pure part: where a page's image lives, what goes on
 * it, how the title is wrapped to fit, which characters the font can draw and the cache key.
 * Rendering (satori + sharp) is in `src/integrations/share-images.ts`.
 */
import { createHash } from 'node:crypto';

/** Open Graph's recommended size; every platform crops it the same way. */
export const SHARE_IMAGE_WIDTH = 1200;
export const SHARE_IMAGE_HEIGHT = 630;
/** Folder in the build output (and URL prefix) of the generated images. */
export const SHARE_IMAGE_DIR = 'og';

/** What a share card shows besides the site's name and mark. */
export interface ShareCard {
  /** The page path the image belongs to (`/artikelen/x/`). */
  path: string;
  title: string;
  /** One line under the title, such as "Deel 2 van 5 · 1 oktober 2020". */
  subtitle?: string | undefined;
}

/** `/artikelen/x/` → `/og/artikelen/x.png`; the home page → `/og/index.png`. Stable per page. */
export function shareImagePath(pagePath: string): string {
  const trimmed = pagePath.replace(/index\.html$|\.html$/, '').replace(/^\/+|\/+$/g, '');
  return `/${SHARE_IMAGE_DIR}/${trimmed === '' ? 'index' : trimmed}.png`;
}

/** "Deel 2 van 5 · 1 oktober 2020", or only the date outside a series. */
export function articleSubtitle(
  date: string,
  position: { number: number; total: number } | undefined,
): string {
  return position ? `Deel ${position.number} van ${position.total} · ${date}` : date;
}

/** The `og:image:alt` text: says what the image shows, in the words it shows. */
export function shareImageAlt(
  siteName: string,
  card: Pick<ShareCard, 'title' | 'subtitle'>,
): string {
  return `${siteName}: ${card.title}${card.subtitle ? ` (${card.subtitle})` : ''}`;
}

/**
 * Cache key: everything the image depends on. The path is not part of it (same card, same image).
 * `renderer` fingerprints the code and packages that draw the card, so a change to the template,
 * the palette or a font upgrade never reuses an image drawn by the old code.
 */
export function shareCardKey(
  card: Pick<ShareCard, 'title' | 'subtitle'>,
  siteName: string,
  host: string,
  renderer = '',
): string {
  return createHash('sha256')
    .update(JSON.stringify([renderer, siteName, host, card.title, card.subtitle ?? '']))
    .digest('hex')
    .slice(0, 32);
}

/** A set of code points, as parsed from a CSS `unicode-range` (`U+0000-00FF,U+0131`). */
export type CodePointRanges = readonly (readonly [number, number])[];

export function parseUnicodeRange(value: string): CodePointRanges {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const match = /^U\+([0-9A-F]+)(?:-([0-9A-F]+))?$/i.exec(part);
      if (!match) throw new Error(`unicode-range: "${part}" is geen bereik als U+0000-00FF`);
      const start = parseInt(match[1]!, 16);
      return [start, match[2] ? parseInt(match[2], 16) : start] as const;
    });
}

export function inRanges(codePoint: number, ranges: CodePointRanges): boolean {
  return ranges.some(([start, end]) => codePoint >= start && codePoint <= end);
}

const graphemes = new Intl.Segmenter('nl', { granularity: 'grapheme' });

/**
 * Keeps only what the font can draw. A whole grapheme goes when any of its code points is
 * missing (an emoji with its variation selector or skin tone goes at once, never half), so the
 * image shows no tofu boxes; spaces left doubled by a removal are collapsed.
 */
export function keepDrawable(text: string, hasGlyph: (codePoint: number) => boolean): string {
  let out = '';
  for (const { segment } of graphemes.segment(text)) {
    const points = [...segment].map((ch) => ch.codePointAt(0)!);
    if (points.every((point) => hasGlyph(point))) out += segment;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** Title sizes to try, largest first, with the number of lines each may take. */
export const TITLE_SIZES: readonly { size: number; maxLines: number }[] = [
  { size: 72, maxLines: 3 },
  { size: 60, maxLines: 4 },
  { size: 50, maxLines: 5 },
  { size: 42, maxLines: 6 },
];

/**
 * Average advance of a character as a fraction of the font size. Noto Sans Bold averages about
 * 0.56 em over Dutch text; 0.6 errs on the safe side, so a line never runs off the card.
 */
export const CHAR_WIDTH_EM = 0.6;

/** Greedy word wrap at `maxChars` per line; a word longer than a line is cut. */
export function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(' ').filter(Boolean)) {
    while (word.length > maxChars) {
      if (line) lines.push(line);
      lines.push(word.slice(0, maxChars));
      word = word.slice(maxChars);
      line = '';
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= maxChars) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The largest title size at which the title fits in `width` pixels without cutting a word; at
 * the smallest size a title that still does not fit is cut at a word and ends in "…".
 */
export function fitTitle(title: string, width: number): { size: number; lines: string[] } {
  const longestWord = Math.max(0, ...title.split(' ').map((word) => word.length));
  for (const { size, maxLines } of TITLE_SIZES) {
    const maxChars = Math.floor(width / (size * CHAR_WIDTH_EM));
    // A size fits only if no word has to be cut ("Gegevensbeschermingseffectbeoordeling").
    if (longestWord > maxChars) continue;
    const lines = wrapWords(title, maxChars);
    if (lines.length <= maxLines) return { size, lines };
  }
  const { size, maxLines } = TITLE_SIZES[TITLE_SIZES.length - 1]!;
  const maxChars = Math.floor(width / (size * CHAR_WIDTH_EM));
  const lines = wrapWords(title, maxChars).slice(0, maxLines);
  const last = lines[maxLines - 1]!;
  lines[maxLines - 1] =
    last.length + 1 <= maxChars
      ? `${last}…`
      : `${last.slice(0, last.lastIndexOf(' ') > 0 ? last.lastIndexOf(' ') : maxChars - 1)}…`;
  return { size, lines };
}
