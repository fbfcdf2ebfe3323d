/**
 * Content checks for articles (`content/articles/<slug>.mdx`): file names, the frontmatter
 * schema, and the rules across articles (unique slugs and series parts, references to authors,
 * series and topics that exist). The body rules (links, images, headings, readability) are in
 * `body-check.ts`. Registered in `src/lib/content/checkers.ts`.
 */
import {
  addRoute,
  checkerArticleSchema,
  type CheckedArticle,
  filesIn,
  type ArticleRecord,
  type ContentChecker,
  type ContentRule,
} from '../../lib/content/check.ts';
import {
  entryData,
  entryFrontmatter,
  entryId,
  type EntryKind,
} from '../../lib/content/entry-files.ts';
import { frontmatterFieldHelp } from '../../lib/content/field-help.ts';
import type { Problem } from '../../lib/content/problems.ts';
import { referenceFields, unknownReference } from '../../lib/content/references.ts';
import { SLUG_PATTERN } from '../../lib/content/schemas.ts';
import { slugify } from '../../lib/slug.ts';
import { paths } from '../../routes.ts';

/** Images next to articles, also formats the image rule rejects (with a better message than "not an article"). */
const IMAGE_EXTENSIONS = /\.(?:avif|bmp|gif|heic|heif|jpe?g|png|svg|tiff?|webp)$/i;
/** Articles: `.mdx` files; images may sit next to them. */
const ARTICLE_FILES: EntryKind = {
  extension: '.mdx',
  singular: 'artikel',
  plural: 'artikelen',
  verb: 'gepubliceerd',
  companions: IMAGE_EXTENSIONS,
  fields: 'title, description, pubDate, author, tags',
  yamlHint: 'zet een titel met een dubbele punt tussen aanhalingstekens',
};

function parseArticle(
  file: { path: string; source: string },
  problems: Problem[],
): ArticleRecord | undefined {
  const slug = entryId(file.path, ARTICLE_FILES, problems);
  if (slug === undefined) return undefined;
  if (!SLUG_PATTERN.test(slug)) {
    problems.push({
      severity: 'error',
      file: file.path,
      message: `de bestandsnaam "${slug}" is geen geldig webadres (alleen kleine letters, cijfers en losse streepjes)`,
      fix: `hernoem het bestand naar ${slugify(slug) || 'een-korte-naam'}.mdx`,
    });
  }
  const fm = entryFrontmatter(file.path, file.source, ARTICLE_FILES, problems);
  const data: CheckedArticle | undefined = entryData(
    file.path,
    fm,
    checkerArticleSchema,
    frontmatterFieldHelp,
    problems,
  );
  if (!fm.data && fm.hasFrontmatter && fm.errors.length === 0) {
    problems.push({
      severity: 'error',
      file: file.path,
      line: 2,
      message: 'de frontmatter is geen lijst van velden',
      fix: 'schrijf elk veld als naam: waarde op een eigen regel',
    });
  }
  return {
    file: file.path,
    slug,
    data,
    raw: fm.data,
    keyLines: fm.keyLines,
    body: fm.body,
    bodyLine: fm.bodyLine,
  };
}

/** Two files may not claim the same slug (for example `a/x.mdx` and `b/x.mdx`): one would silently replace the other. */
export const uniqueSlugRule: ContentRule = ({ articles }) => {
  const bySlug = Map.groupBy(articles, (a) => a.slug);
  return [...bySlug].flatMap(([slug, records]) =>
    records.length < 2
      ? []
      : records.map((record) => ({
          severity: 'error' as const,
          file: record.file,
          message: `dezelfde slug "${slug}" als ${records
            .filter((r) => r !== record)
            .map((r) => r.file)
            .join(', ')}`,
          fix: 'geef een van de bestanden een andere naam; de bestandsnaam is het webadres',
        })),
  );
};

/**
 * Every id an article names in a reference field (author, series, tags, and any field added
 * later with `ref('glossary')`, `ref('scenarios')` …) must exist in that collection.
 */
export const referenceRule: ContentRule = (context) => {
  const fields = referenceFields(checkerArticleSchema);
  return context.articles.flatMap((record) =>
    [...fields].flatMap(([field, collection]) => {
      const value = (record.data as Record<string, unknown> | undefined)?.[field];
      const ids = Array.isArray(value) ? value : value === undefined ? [] : [value];
      return ids.flatMap(
        (id) =>
          unknownReference(
            context,
            { file: record.file, line: record.keyLines.get(field), field },
            collection,
            String(id),
          ) ?? [],
      );
    }),
  );
};

/** Two articles cannot be the same part of one series. */
export const uniqueSeriesPartRule: ContentRule = ({ articles }) => {
  const parts = Map.groupBy(
    articles.filter((a) => a.data?.series !== undefined && a.data.seriesPart !== undefined),
    (a) => `${a.data!.series}#${a.data!.seriesPart}`,
  );
  return [...parts].flatMap(([, records]) =>
    records.length < 2
      ? []
      : records.map((record) => ({
          severity: 'error' as const,
          file: record.file,
          line: record.keyLines.get('seriesPart'),
          field: 'seriesPart',
          message: `deel ${record.data!.seriesPart} van reeks "${record.data!.series}" is ook ${records
            .filter((r) => r !== record)
            .map((r) => r.file)
            .join(', ')}`,
          fix: 'geef elk artikel in de reeks een eigen volgnummer',
        })),
  );
};

/** Rules over articles; other modules append their own (links, images, headings, glossary). */
export const articleRules: ContentRule[] = [uniqueSlugRule, referenceRule, uniqueSeriesPartRule];

/** Articles in `content/articles/`: file names, frontmatter schema and the article rules. */
export const articlesChecker: ContentChecker = {
  name: 'articles',
  parse(context) {
    const problems: Problem[] = [];
    context.articles = filesIn(context.files, 'content/articles/').flatMap(
      ([path, source]) => parseArticle({ path, source }, problems) ?? [],
    );
    context.ids.set('articles', new Set(context.articles.filter((a) => a.data).map((a) => a.slug)));
    for (const article of context.articles) {
      if (!article.data) continue;
      addRoute(context, paths.article(article.slug));
      for (const tag of article.data.tags) addRoute(context, paths.topic(tag));
      if (article.data.series) addRoute(context, paths.series(article.data.series));
    }
    return problems;
  },
  check: (context) => articleRules.flatMap((rule) => rule(context)),
};
