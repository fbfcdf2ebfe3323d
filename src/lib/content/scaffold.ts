/**
 * The new-article scaffold (`npm run new`) and the rule that keeps its placeholder text from
 * being published: what `npm run new` writes is valid content from the first second (a draft),
 * and it cannot go online until the editor has replaced the skeleton.
 */
import type { CheckContext, ContentRule } from './check.ts';
import { collectionSource } from './references.ts';
import type { Problem } from './problems.ts';
import { closest } from './suggest.ts';
import { slugify } from '../slug.ts';

/** Marks the skeleton's text; a published article may not contain it. */
export const PLACEHOLDER = 'Vervang deze tekst';

export interface NewArticleRequest {
  title: string;
  /** Today, `YYYY-MM-DD`. */
  date: string;
  author: string;
  /** Id of a series in `content/series.yaml`; the article gets the next free part number. */
  series?: string | undefined;
}

export type NewArticlePlan =
  | { ok: true; path: string; slug: string; source: string; seriesPart: number | undefined }
  | { ok: false; reason: string };

/** The frontmatter and body skeleton of a new draft. */
export function articleTemplate(request: {
  title: string;
  date: string;
  author: string;
  series?: { id: string; part: number } | undefined;
}): string {
  const lines = [
    '---',
    // JSON strings are valid YAML double-quoted strings: quotes, colons and emoji are safe.
    `title: ${JSON.stringify(request.title)}`,
    '# Eén of twee zinnen, 50 tot 160 tekens: verschijnt in zoekmachines, in de feed en in lijsten.',
    'description: ""',
    `pubDate: ${request.date} # dag van publicatie (jaar-maand-dag): zet hier de dag waarop het online gaat`,
    `reviewedDate: ${request.date} # dag waarop u alle feiten met het feitenblad controleerde; bij elke controle bijwerken`,
    `author: ${request.author} # id uit content/authors.yaml`,
    ...(request.series
      ? [
          `series: ${request.series.id}`,
          `seriesPart: ${request.series.part} # volgnummer in de reeks`,
        ]
      : [
          '# Hoort het bij een reeks? Voeg dan toe: series: <id uit content/series.yaml> en seriesPart: <volgnummer>',
        ]),
    '# Eén tot zes onderwerpen uit content/tags.yaml, bijvoorbeeld [telefonie, aanbesteding].',
    'tags: []',
    'draft: true # concept: alleen te zien met npm run dev; zet op false om te publiceren',
    '---',
    '',
    '{/* Inleiding: waar gaat dit artikel over en wat heeft de lezer eraan? Korte zinnen: gemiddeld hoogstens 15 woorden. */}',
    `${PLACEHOLDER} door de inleiding.`,
    '',
    '## Eerste tussenkop',
    '',
    `${PLACEHOLDER}.`,
    '',
    '## Bronnen',
    '',
    '{/* Elke bron op een eigen regel, met een link: - [Titel van de bron, uitgever, datum](https://…) */}',
    `- ${PLACEHOLDER} door de bronnen.`,
    '',
  ];
  return lines.join('\n');
}

/**
 * Decides where a new article goes and what it contains, or why it cannot be made: the slug
 * is taken (in any folder under content/articles/), the title gives no usable slug, or the
 * series does not exist.
 */
export function planNewArticle(context: CheckContext, request: NewArticleRequest): NewArticlePlan {
  const title = request.title.trim();
  if (title === '')
    return {
      ok: false,
      reason: 'De titel is leeg. Geef een titel mee: npm run new -- "Titel van het artikel"',
    };
  const slug = slugify(title);
  if (slug === '') {
    return {
      ok: false,
      reason: `Van de titel "${title}" kan geen webadres gemaakt worden: gebruik letters of cijfers in de titel.`,
    };
  }
  const existing = context.articles.find((a) => a.slug === slug);
  if (existing) {
    return {
      ok: false,
      reason: `Er bestaat al een artikel met het webadres /artikelen/${slug}/: ${existing.file}. Twee artikelen kunnen niet hetzelfde adres hebben. Kies een andere titel (bijvoorbeeld met een deel of jaartal erin), of open het bestaande bestand.`,
    };
  }
  let series: { id: string; part: number } | undefined;
  if (request.series !== undefined) {
    const known = context.ids.get('series') ?? new Set<string>();
    if (!known.has(request.series)) {
      const suggestion = closest(request.series, known);
      return {
        ok: false,
        reason: `De reeks "${request.series}" staat niet in ${collectionSource('series')}.${suggestion ? ` Bedoelt u "${suggestion}"?` : ` Bestaande reeksen: ${[...known].join(', ') || 'geen'}.`}`,
      };
    }
    const parts = context.articles
      .filter((a) => a.data?.series === request.series)
      .map((a) => a.data?.seriesPart ?? 0);
    series = { id: request.series, part: Math.max(0, ...parts) + 1 };
  }
  return {
    ok: true,
    path: `content/articles/${slug}.mdx`,
    slug,
    source: articleTemplate({ title, date: request.date, author: request.author, series }),
    seriesPart: series?.part,
  };
}

/** A published article may not contain the scaffold's placeholder text. */
export const placeholderRule: ContentRule = ({ articles }) =>
  articles.flatMap((record) => {
    // Read the raw value: a half-finished article often has other frontmatter errors as well.
    if (record.raw === undefined || record.raw['draft'] === true) return [];
    return record.body.split('\n').flatMap((text, i): Problem[] =>
      text.includes(PLACEHOLDER)
        ? [
            {
              severity: 'error',
              file: record.file,
              line: record.bodyLine + i,
              message: `bevat nog de voorbeeldtekst "${PLACEHOLDER}" van npm run new, maar staat op draft: false`,
              fix: 'vervang of verwijder deze regel, of zet draft: true zolang het artikel niet af is',
            },
          ]
        : [],
    );
  });
