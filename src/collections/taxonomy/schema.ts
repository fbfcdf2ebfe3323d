/**
 * The taxonomy's contract: authors (`content/authors.yaml`), series (`series.yaml`) and topics
 * (`tags.yaml`), the data files articles refer to.
 */
import { z } from 'astro/zod';
import {
  DESCRIPTION_MIN,
  DESCRIPTION_MAX,
  requiredText,
  idField,
} from '../../lib/content/schemas.ts';
import { TITLE_MAX } from '../articles/schema.ts';

/** An entry of `content/authors.yaml`. */
/** A role fits on the line after the name; a bio is one or two sentences (it sits under every article). */
export const AUTHOR_ROLE_MAX = 80;
export const AUTHOR_BIO_MAX = 300;

const AUTHOR_HELP: Record<string, string> = {
  role: `houd de functie of organisatie kort (hooguit ${AUTHOR_ROLE_MAX} tekens), bijvoorbeeld role: Adviseurs gemeentelijke telefonie`,
  bio: `schrijf een of twee zinnen (hooguit ${AUTHOR_BIO_MAX} tekens); een langer verhaal past op een eigen pagina, via url`,
};

/** Fixes for problems in `content/authors.yaml`, per field. */
export function authorFieldHelp(field: string): string | undefined {
  return AUTHOR_HELP[field];
}

export const authorSchema = z.strictObject({
  /** Id used in article frontmatter (`author: redactie`). */
  id: idField,
  /** Name as shown on articles. */
  name: z.string({ error: 'verwacht een naam als tekst' }).trim().min(1),
  /** Short role or organisation line under the name. */
  role: requiredText('een korte functie of organisatie', AUTHOR_ROLE_MAX).optional(),
  /** One or two sentences about the author, shown under every article. */
  bio: requiredText('een korte beschrijving', AUTHOR_BIO_MAX),
  /** Optional https link to a profile page. */
  url: z.url({ protocol: /^https$/, error: 'verwacht een https-adres' }).optional(),
});

/** An entry of `content/series.yaml`. */
export const seriesSchema = z.strictObject({
  /** Id used in article frontmatter (`series: gt-connect`) and in the URL `/reeks/<id>/`. */
  id: idField,
  /** Name of the series. */
  title: z.string({ error: 'verwacht een titel als tekst' }).trim().min(1).max(TITLE_MAX),
  /** What the series is about: series page, home page, meta description. */
  description: z
    .string({ error: 'verwacht een beschrijving als tekst' })
    .trim()
    .min(DESCRIPTION_MIN)
    .max(DESCRIPTION_MAX),
  /** Longer introduction shown on the series page (plain text, paragraphs separated by a blank line). */
  intro: z.string().trim().min(1).optional(),
});

/** An entry of `content/tags.yaml`: the fixed list of topics (onderwerpen). */
export const tagSchema = z.strictObject({
  /** Id used in article frontmatter (`tags: [aanbesteding]`) and in the URL `/onderwerpen/<id>/`. */
  id: idField,
  /** Name as shown to readers. */
  label: z.string({ error: 'verwacht een naam als tekst' }).trim().min(1).max(40),
  /** What the topic covers: tag page and meta description. */
  description: z
    .string({ error: 'verwacht een beschrijving als tekst' })
    .trim()
    .min(DESCRIPTION_MIN)
    .max(DESCRIPTION_MAX),
});

export type AuthorData = z.infer<typeof authorSchema>;
export type SeriesData = z.infer<typeof seriesSchema>;
export type TagData = z.infer<typeof tagSchema>;
