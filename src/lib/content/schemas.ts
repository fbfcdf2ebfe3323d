/**
 * The fields every content type shares: ids and slugs, dates, required text, descriptions.
 * Each type's own schema is in `src/collections/<type>/schema.ts`.
 *
 * These schemas are shared by `src/content.config.ts` (Astro's own validation) and by the
 * content checker (`npm run check:content`), which runs first and reports every problem at
 * once with file, line and fix. Schemas are strict: an unknown key is an error, because a typo
 * such as `pubdate:` must never vanish silently.
 *
 * Messages are Dutch: editors read them.
 */
import { z } from 'astro/zod';
import { parseContentDate } from '../dates.ts';

/** URL slugs and ids: lowercase letters and digits separated by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Search engines show about 155–160 characters of a description; feed readers similar. */
export const DESCRIPTION_MIN = 50;
export const DESCRIPTION_MAX = 160;
function describe(value: unknown): string {
  if (value === undefined || value === null) return 'niets';
  if (value instanceof Date) return `een ongeldige datum`;
  if (typeof value === 'string') return `"${value}"`;
  return JSON.stringify(value) ?? String(value);
}

/**
 * A calendar day (`2020-10-01`) or an ISO date-time with offset (`2020-10-01T09:00:00+02:00`).
 * Astro's YAML parser already turns `2020-10-01` into a Date; the checker's parser keeps it a
 * string; both end up as the same Date. Anything else ("okt 2020", `2020-02-30`) is an error.
 */
export const contentDate = z.unknown().transform((value, ctx): Date => {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
  if (typeof value === 'string') {
    const date = parseContentDate(value.trim());
    if (date) return date;
  }
  // A required date that is left out (pubDate, a scenario's reviewedDate) is missing, not malformed.
  if (value === undefined) {
    ctx.addIssue({ code: 'custom', message: 'ontbreekt' });
    return z.NEVER;
  }
  ctx.addIssue({
    code: 'custom',
    message: `verwacht een datum als 2020-10-01, maar kreeg ${describe(value)}`,
  });
  return z.NEVER;
});

/**
 * A required line of text with a length limit, the same for every content type: the empty and
 * too-long messages read alike in every file an editor touches. `what` is the noun in
 * "verwacht … als tekst" (`een titel`, `de term`).
 */
export function requiredText(what: string, max: number) {
  return z
    .string({ error: `verwacht ${what} als tekst` })
    .trim()
    .min(1, { error: 'mag niet leeg zijn' })
    .max(max, {
      error: (issue) =>
        `is te lang: maximaal ${max} tekens, nu ${String(issue.input).trim().length}`,
    });
}

/** An id in a data file, or a reference to one. */
export const idField = z.string({ error: 'verwacht een id als tekst' }).regex(SLUG_PATTERN, {
  error: 'gebruik alleen kleine letters, cijfers en losse streepjes, zoals "gt-connect"',
});

export type ReferencedCollection = 'authors' | 'series' | 'tags';
