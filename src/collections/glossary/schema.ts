/**
 * The contract for a glossary entry (begrip): `content/glossary/<id>.md`. The frontmatter holds
 * the term and how to recognise it in articles; the Markdown body is the short explanation in
 * plain Dutch. The file name is the id and the URL: `/kennisbank/begrippen/<id>/`.
 *
 * Shared by `src/content.config.ts`, the content checker (`check.ts`) and the term
 * links in articles (`src/integrations/term-links.ts`). Strict: an unknown key is an error.
 */
import { z } from 'astro/zod';
import { idField, requiredText } from '../../lib/content/schemas.ts';

/** The tooltip of a term link shows the definition: it has to fit on a few lines. */
export const DEFINITION_MAX = 180;
export const TERM_MAX = 80;
export const ABBREVIATION_MAX = 20;

/** A source: an absolute https address (this site never links to insecure pages). */
export const sourceUrl = z.url({
  protocol: /^https$/,
  error: 'verwacht een volledig webadres dat begint met https://',
});

export const glossarySchema = z.strictObject({
  /**
   * The term as readers see it in the title of its page and in the A–Z list, for example
   * `Direct Routing` or `Baseline Informatiebeveiliging Overheid`. Recognised in articles
   * (whole words; case-insensitive unless `matchCase: true`).
   */
  term: requiredText('de term', TERM_MAX),
  /**
   * Optional short form, for example `BIO`. Shown after the term ("Baseline Informatiebeveiliging
   * Overheid (BIO)") and recognised in articles with exactly these capitals, so that `BIO` never
   * matches the word "bio" and `ROK` never matches "rok".
   */
  abbreviation: z
    .string({ error: 'verwacht een afkorting als tekst' })
    .trim()
    .min(1, { error: 'mag niet leeg zijn; laat het veld weg als er geen afkorting is' })
    .max(ABBREVIATION_MAX, {
      error: `is te lang voor een afkorting: maximaal ${ABBREVIATION_MAX} tekens`,
    })
    .optional(),
  /**
   * Other ways articles write the term: plurals, verb forms, the full name of an abbreviation
   * (`pentests`, `penetratietest`). Each one belongs to one term only. Matched like `term`.
   */
  aliases: z
    .array(
      z
        .string({ error: 'verwacht een schrijfwijze als tekst' })
        .trim()
        .min(1, { error: 'mag niet leeg zijn' })
        .max(TERM_MAX),
      { error: 'verwacht een lijst, zoals [pentests, penetratietest]' },
    )
    .default([]),
  /**
   * `true`: recognise `term` and `aliases` only with exactly these capitals. For terms that are
   * also ordinary words, such as `Circuit` (the Unify platform) next to "een circuit".
   */
  matchCase: z.boolean({ error: 'verwacht true of false' }).default(false),
  /**
   * One sentence that says what the term means, in plain Dutch. Shown in lists, as the tooltip
   * of a term link in articles and under "Begrippen in dit artikel". One line, no Markdown.
   */
  definition: z
    .string({ error: 'verwacht een definitie van één zin als tekst' })
    .trim()
    .min(10, { error: 'is te kort: schrijf een hele zin' })
    .max(DEFINITION_MAX, {
      error: (issue) =>
        `is te lang: maximaal ${DEFINITION_MAX} tekens, nu ${String(issue.input).trim().length}`,
    })
    .refine((text) => !/[\r\n]/.test(text), { error: 'moet op één regel staan' }),
  /** Ids of related terms (file names in `content/glossary/` without `.md`), shown as "Verwante begrippen". */
  related: z
    .array(idField, { error: 'verwacht een lijst met ids, zoals [sbc, operator-connect]' })
    .default([]),
  /**
   * Where the definition and explanation come from: one or more web addresses from the fact
   * sheet, the most important first. Use https; an http address is shown as text, not linked.
   */
  sources: z
    .array(sourceUrl, { error: 'verwacht een lijst met webadressen' })
    .min(1, { error: 'heeft minstens één bron nodig' }),
});

export type GlossaryData = z.output<typeof glossarySchema>;
