/**
 * The content contract: what an editor may write in frontmatter and data files.
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
export const TITLE_MAX = 120;
export const TAGS_MAX = 6;
/** An editor's note is a few sentences, not a second article. */
export const EDITOR_NOTE_MAX = 900;
/** "Bijgewerkt op …: wat er veranderde" is one or two sentences. */
export const UPDATE_NOTE_MAX = 400;
/** "Wat we niet konden controleren": a short list of short claims. */
export const UNVERIFIED_MAX_ITEMS = 8;
export const UNVERIFIED_ITEM_MAX = 300;

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

/** Alt text is for people who cannot see the image: a sentence, not a caption essay. */
export const ALT_MAX = 250;

/**
 * The path of an image next to the article, as the content checker sees it (Astro's content
 * config passes its `image()` instead, which resolves and optimises the file).
 */
export const imagePath = () =>
  z
    .string({ error: 'verwacht een pad naar een afbeelding, zoals ./afbeeldingen/naam.jpg' })
    .trim()
    .min(1);

/**
 * Frontmatter of an article in `content/articles/<slug>.mdx`. The file name is the slug.
 *
 * @param ref   builds the schema for a reference to another collection: Astro's `reference()`
 *              in the content config, a plain id check in the content checker (which then
 *              verifies that the id exists, with a better message than Astro's).
 * @param image builds the schema for an image path: Astro's `image()` in the content config,
 *              `imagePath` in the content checker (which verifies that the file exists).
 */
export function articleSchema<Ref extends z.ZodType, Img extends z.ZodType>(
  ref: (collection: ReferencedCollection) => Ref,
  image: () => Img,
) {
  return z
    .strictObject({
      /** Title as readers see it: `<h1>`, `<title>`, feed, share previews. Plain text; any characters allowed. */
      title: requiredText('een titel', TITLE_MAX),
      /**
       * One or two sentences that sum the article up: meta description, feed summary, search
       * results, article lists. May be empty only while `draft: true`.
       */
      description: z
        .string({ error: 'verwacht een korte samenvatting als tekst' })
        .trim()
        .max(DESCRIPTION_MAX, {
          error: (issue) =>
            `is te lang voor zoekresultaten: maximaal ${DESCRIPTION_MAX} tekens, nu ${String(issue.input).length}`,
        }),
      /** Publication day, `YYYY-MM-DD`. A date in the future keeps the article offline until that day's build. */
      pubDate: contentDate,
      /** Day of the last substantive change, `YYYY-MM-DD`; shown as "bijgewerkt op". Not before `pubDate`. */
      updatedDate: contentDate.optional(),
      /**
       * Day an editor last checked the whole article against the fact sheet, `YYYY-MM-DD`; shown
       * as "Gecontroleerd op". Required once published; not before `pubDate`, not in the future.
       * `npm run check:content` warns when it is more than 12 months old (`-- --verouderd` lists those).
       */
      reviewedDate: contentDate.optional(),
      /**
       * What the last update (`updatedDate`) changed, in one or two plain sentences. Shown as
       * "Bijgewerkt op <updatedDate>: <updateNote>" above the text and in the feed item. Needs `updatedDate`.
       */
      updateNote: z
        .string({ error: 'verwacht een korte zin als tekst' })
        .trim()
        .min(1, { error: 'mag niet leeg zijn; laat het veld weg als er niets veranderde' })
        .max(UPDATE_NOTE_MAX, { error: `is te lang: maximaal ${UPDATE_NOTE_MAX} tekens` })
        .optional(),
      /**
       * "Wat we niet konden controleren": claims in this article for which no public source was
       * found, one short sentence each. Shown together in one box above the text and in the feed,
       * so the text itself need not repeat "wij vonden geen bron" in every paragraph.
       */
      unverified: z
        .array(
          z
            .string({ error: 'verwacht elke regel als tekst' })
            .trim()
            .min(1, { error: 'een regel mag niet leeg zijn' })
            .max(UNVERIFIED_ITEM_MAX, {
              error: `een regel is te lang: maximaal ${UNVERIFIED_ITEM_MAX} tekens`,
            }),
          { error: 'verwacht een lijst, elke regel beginnend met "- "' },
        )
        .min(1, { error: 'noem minstens één punt; laat het veld weg als alles gecontroleerd is' })
        .max(UNVERIFIED_MAX_ITEMS, { error: `noem er hooguit ${UNVERIFIED_MAX_ITEMS}` })
        .optional(),
      /** Id of the author in `content/authors.yaml`. */
      author: ref('authors'),
      /** Id of the series in `content/series.yaml` this article belongs to. Needs `seriesPart`. */
      series: ref('series').optional(),
      /** Position in the series (1, 2, 3 …). Unique within the series; gaps are allowed. */
      seriesPart: z
        .number({ error: 'verwacht een volgnummer als getal, zoals 2' })
        .int({ error: 'verwacht een heel getal' })
        .positive({ error: 'verwacht een getal vanaf 1' })
        .optional(),
      /** Ids of topics (onderwerpen) from `content/tags.yaml`; one to six. May be empty while `draft: true`. */
      tags: z
        .array(ref('tags'), { error: 'verwacht een lijst, zoals [telefonie, aanbesteding]' })
        .max(TAGS_MAX, { error: `maximaal ${TAGS_MAX} onderwerpen` })
        .default([]),
      /**
       * Optional cover image: shown above the text and used as the preview when the article is
       * shared. `src` is a path relative to the article (`./afbeeldingen/naam.jpg`); `alt` says
       * what the image shows, for readers who cannot see it. Both are required.
       */
      cover: z
        .strictObject(
          {
            src: image(),
            alt: z
              .string({ error: 'ontbreekt: beschrijf in een zin wat de afbeelding laat zien' })
              .trim()
              .min(1, {
                error: 'mag niet leeg zijn: beschrijf in een zin wat de afbeelding laat zien',
              })
              .max(ALT_MAX, { error: `is te lang: maximaal ${ALT_MAX} tekens` }),
          },
          {
            error:
              'verwacht src en alt, zoals cover: { src: ./afbeeldingen/naam.jpg, alt: "Wat erop staat" }',
          },
        )
        .optional(),
      /** `true` keeps the article out of every production output (pages, feed, sitemap, search). */
      draft: z.boolean({ error: 'verwacht true of false' }).default(false),
      /**
       * Links the first mention of each glossary term in the text to its page (default). `false`
       * turns these links off for this article; "Begrippen in dit artikel" stays.
       */
      termLinks: z.boolean({ error: 'verwacht true of false' }).default(true),
      /**
       * "Noot van de redactie": a short note in plain text, shown above the article and in the
       * feed, outside the text itself. For context the text cannot give, for example claims
       * that are not publicly confirmed. Paragraphs are separated by a blank line.
       */
      editorNote: z
        .string({ error: 'verwacht de noot als tekst' })
        .trim()
        .min(1, { error: 'mag niet leeg zijn; laat het veld weg als er geen noot is' })
        .max(EDITOR_NOTE_MAX, { error: `is te lang: maximaal ${EDITOR_NOTE_MAX} tekens` })
        .optional(),
    })
    .superRefine((data, ctx) => {
      if (data.series !== undefined && data.seriesPart === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['seriesPart'],
          message: 'ontbreekt: een artikel in een reeks heeft een volgnummer nodig',
        });
      }
      if (data.seriesPart !== undefined && data.series === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['series'],
          message: 'ontbreekt: seriesPart zonder series zegt niet in welke reeks',
        });
      }
      if (data.updatedDate && data.updatedDate.getTime() < data.pubDate.getTime()) {
        ctx.addIssue({ code: 'custom', path: ['updatedDate'], message: 'ligt vóór pubDate' });
      }
      if (data.reviewedDate && data.reviewedDate.getTime() < data.pubDate.getTime()) {
        ctx.addIssue({ code: 'custom', path: ['reviewedDate'], message: 'ligt vóór pubDate' });
      }
      if (data.updateNote !== undefined && data.updatedDate === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['updatedDate'],
          message: 'ontbreekt: updateNote zegt wat er veranderde, maar niet wanneer',
        });
      }
      if (!data.draft) {
        if (data.description.length === 0) {
          ctx.addIssue({
            code: 'custom',
            path: ['description'],
            message: 'ontbreekt: een gepubliceerd artikel heeft een samenvatting nodig',
          });
        } else if (data.description.length < DESCRIPTION_MIN) {
          ctx.addIssue({
            code: 'custom',
            path: ['description'],
            message: `is te kort: minimaal ${DESCRIPTION_MIN} tekens, nu ${data.description.length}`,
          });
        }
        if (data.tags.length === 0) {
          ctx.addIssue({
            code: 'custom',
            path: ['tags'],
            message: 'ontbreekt: een gepubliceerd artikel heeft minstens één onderwerp',
          });
        }
        if (data.reviewedDate === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['reviewedDate'],
            message:
              'ontbreekt: een gepubliceerd artikel zegt wanneer het voor het laatst is gecontroleerd',
          });
        }
      }
    });
}

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
