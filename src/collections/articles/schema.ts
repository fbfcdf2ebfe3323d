/**
 * The articles' contract: what an editor may write in the frontmatter of
 * `content/articles/<slug>.mdx`. Shared by `src/content.config.ts` and the content checker,
 * which runs first and reports every problem at once with file, line and fix. Strict: an
 * unknown key is an error, because a typo such as `pubdate:` must never vanish silently.
 */
import { z } from 'astro/zod';
import {
  DESCRIPTION_MIN,
  DESCRIPTION_MAX,
  contentDate,
  requiredText,
  type ReferencedCollection,
} from '../../lib/content/schemas.ts';

export const TITLE_MAX = 120;
export const TAGS_MAX = 6;
/** An editor's note is a few sentences, not a second article. */
export const EDITOR_NOTE_MAX = 900;
/** "Bijgewerkt op …: wat er veranderde" is one or two sentences. */
export const UPDATE_NOTE_MAX = 400;
/** "Wat we niet konden controleren": a short list of short claims. */
export const UNVERIFIED_MAX_ITEMS = 8;
export const UNVERIFIED_ITEM_MAX = 300;

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

/** The cover as the shared schema leaves it: its `src` still the path the editor wrote. */
interface WithCoverPath {
  cover?: { src: string; alt: string } | undefined;
}

/**
 * The article schema for Astro's content config, built once instead of once per file. Astro
 * calls a collection's schema function for every entry, to hand it an `image()` that resolves
 * paths next to that entry; building the whole strict object with its refinements a thousand
 * times was a measurable part of every build. Here the shared schema checks everything, with
 * the cover's `src` as a plain path, and only that path goes through the entry's own `image()`.
 */
export function withCoverImage<Shared extends z.ZodType<WithCoverPath>, Img extends z.ZodType>(
  shared: Shared,
  image: () => Img,
) {
  type Output = Omit<z.output<Shared>, 'cover'> & {
    cover?: { src: z.output<Img>; alt: string } | undefined;
  };
  return shared.transform(async (data, ctx): Promise<Output> => {
    if (!data.cover) return data as Output;
    const src = await image().safeParseAsync(data.cover.src);
    if (!src.success) {
      for (const issue of src.error.issues)
        ctx.addIssue({ ...issue, path: ['cover', 'src', ...issue.path] } as never);
      return z.NEVER;
    }
    return { ...data, cover: { ...data.cover, src: src.data } } as Output;
  });
}
