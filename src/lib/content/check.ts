/**
 * The content checker: parses every content file, validates it against the schemas and runs
 * the cross-file rules a schema cannot express (references exist, slugs and series positions
 * are unique). It collects every problem instead of stopping at the first one.
 *
 * Pure: it receives file contents and returns problems. Disk access lives in
 * `src/integrations/content-checks.ts`.
 */
import type { z } from 'astro/zod';
import { frontmatterFieldHelp } from './field-help.ts';
import { entryFrontmatter, entryId, type EntryKind } from './entry-files.ts';
import { parseYamlList } from './frontmatter.ts';
import type { Problem } from './problems.ts';
import {
  SLUG_PATTERN,
  articleSchema,
  imagePath,
  authorFieldHelp,
  authorSchema,
  seriesSchema,
  tagSchema,
  type ReferencedCollection,
} from './schemas.ts';
import { referenceFields, referenceId, unknownReference } from './references.ts';
import { closest } from './suggest.ts';
import { slugify } from '../slug.ts';
import { fixedPaths, paths } from '../../routes.ts';

/** Every file under `content/`: path relative to the project root (forward slashes) → text. */
export type ContentFiles = ReadonlyMap<string, string>;

/** The checker's schema for articles: references are plain ids here, verified by `referenceRule`. */
export const checkerArticleSchema = articleSchema(referenceId, imagePath);
export type CheckedArticle = z.output<typeof checkerArticleSchema>;

export interface ArticleRecord {
  file: string;
  slug: string;
  /** Validated frontmatter, or `undefined` when it has errors. */
  data: CheckedArticle | undefined;
  /** Frontmatter as parsed, before validation. */
  raw: Record<string, unknown> | undefined;
  keyLines: Map<string, number>;
  body: string;
  bodyLine: number;
}

export interface DataRecord {
  file: string;
  id: string | undefined;
  line: number;
  keyLines: Map<string, number>;
  data: Record<string, unknown> | undefined;
}

/**
 * What the checkers share. Each checker parses its own files in `parse`, registering the ids
 * it defines; `check` then runs cross-file rules, which may use any collection's ids.
 */
export interface CheckContext {
  files: ContentFiles;
  /** Collection name → ids defined by valid entries (`articles`, `authors`, `series`, `tags`, …). */
  ids: Map<string, Set<string>>;
  /** Every article file that parsed, valid or not (data is undefined when invalid). */
  articles: ArticleRecord[];
  /** Entries of list-style data files, per collection. */
  data: Map<string, DataRecord[]>;
  /**
   * Site paths the content will produce (`/artikelen/x/`), each with the fragment ids on that
   * page. Starts with the route table's fixed paths (`src/routes.ts`); each checker adds its collection's pages in `parse`. An
   * empty set means the page's ids are not known, and links to its fragments are not checked.
   */
  routes: Map<string, Set<string>>;
  /** The moment "published" is judged at (drafts and future dates); defaults to now. */
  now?: Date | undefined;
}

/** Registers a generated page (and optionally its fragment ids) for internal link checks. */
export function addRoute(
  context: CheckContext,
  path: string,
  anchors: Iterable<string> = [],
): void {
  const existing = context.routes.get(path) ?? new Set<string>();
  for (const anchor of anchors) existing.add(anchor);
  context.routes.set(path, existing);
}

/** One collection's checks; registered in `checkers.ts`. */
export interface ContentChecker {
  name: string;
  parse: (context: CheckContext) => Problem[];
  check?: (context: CheckContext) => Problem[];
}

export type ContentRule = (context: CheckContext) => Problem[];

/** Files in `dir` (for example `content/articles/`), sorted. */
export function filesIn(files: ContentFiles, dir: string): [path: string, source: string][] {
  return [...files].filter(([path]) => path.startsWith(dir)).sort(([a], [b]) => a.localeCompare(b));
}

/** Images next to articles, also formats the image rule rejects (with a better message than "not an article"). */
const IMAGE_EXTENSIONS = /\.(?:avif|bmp|gif|heic|heif|jpe?g|png|svg|tiff?|webp)$/i;
const DATA_FILES: Record<ReferencedCollection, string> = {
  authors: 'content/authors.yaml',
  series: 'content/series.yaml',
  tags: 'content/tags.yaml',
};

/** Turns Zod issues into problems, with a line and a fix per field. Reused by other collections' checkers. */
export function schemaProblems(
  file: string,
  error: z.ZodError,
  keyLines: Map<string, number>,
  allowedKeys: readonly string[],
  fallbackLine: number | undefined,
  fieldHelp: (field: string) => string | undefined,
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const suggestion = closest(key, allowedKeys);
        problems.push({
          severity: 'error',
          file,
          line: keyLines.get(key) ?? fallbackLine,
          field: key,
          message: 'is geen bekend veld',
          fix: suggestion
            ? `bedoelt u "${suggestion}"? Pas de naam aan (hoofdletters tellen mee)`
            : `verwijder het; toegestaan zijn: ${allowedKeys.join(', ')}`,
        });
      }
      continue;
    }
    const [top] = issue.path;
    const field = issue.path
      .map((part, i) =>
        typeof part === 'number' ? `[${part}]` : i ? `.${String(part)}` : String(part),
      )
      .join('');
    const missing =
      issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined;
    problems.push({
      severity: 'error',
      file,
      line: (typeof top === 'string' ? keyLines.get(top) : undefined) ?? fallbackLine,
      field: field || undefined,
      message: missing ? 'ontbreekt' : issue.message,
      fix: typeof top === 'string' ? fieldHelp(top) : undefined,
    });
  }
  return problems;
}

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
  let data: CheckedArticle | undefined;
  if (fm.data) {
    const result = checkerArticleSchema.safeParse(fm.data, { reportInput: true });
    if (result.success) data = result.data;
    else {
      problems.push(
        ...schemaProblems(
          file.path,
          result.error,
          fm.keyLines,
          Object.keys(checkerArticleSchema.shape),
          1,
          frontmatterFieldHelp,
        ),
      );
    }
  } else if (fm.hasFrontmatter && fm.errors.length === 0) {
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

/**
 * Parses a data file whose top level is a list of entries with an `id`, validating each entry.
 * Exported for other collections stored the same way.
 */
export function parseDataFile(
  path: string,
  source: string | undefined,
  schema: z.ZodObject,
  problems: Problem[],
  fieldHelp: (field: string) => string | undefined = () => undefined,
): DataRecord[] {
  if (source === undefined) {
    problems.push({
      severity: 'error',
      file: path,
      message: 'het bestand ontbreekt',
      fix: `maak ${path} aan met een lijst van items`,
    });
    return [];
  }
  const parsed = parseYamlList(source);
  for (const error of parsed.errors) {
    problems.push({
      severity: 'error',
      file: path,
      line: error.line,
      message: `geen geldige YAML: ${error.message}`,
      fix: 'controleer aanhalingstekens, dubbele punten en inspringing op deze regel',
    });
  }
  return (parsed.items ?? []).map((item, index) => {
    const { line, keyLines } = parsed.itemLines[index] ?? {
      line: 1,
      keyLines: new Map<string, number>(),
    };
    const result = schema.safeParse(item, { reportInput: true });
    if (!result.success) {
      problems.push(
        ...schemaProblems(path, result.error, keyLines, Object.keys(schema.shape), line, fieldHelp),
      );
    }
    const raw = item && typeof item === 'object' ? (item as Record<string, unknown>) : undefined;
    const id = typeof raw?.['id'] === 'string' ? raw['id'] : undefined;
    return {
      file: path,
      id,
      line,
      keyLines,
      data: result.success ? (result.data as Record<string, unknown>) : undefined,
    };
  });
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

/** Ids in a data file must be unique; the later entry would silently replace the earlier one. */
export const uniqueIdRule: ContentRule = ({ data }) =>
  [...data.values()].flatMap((records) => {
    const byId = Map.groupBy(
      records.filter((r) => r.id !== undefined),
      (r) => r.id!,
    );
    return [...byId].flatMap(([id, dupes]) =>
      dupes.length < 2
        ? []
        : dupes.slice(1).map((record) => ({
            severity: 'error' as const,
            file: record.file,
            line: record.keyLines.get('id') ?? record.line,
            field: 'id',
            message: `"${id}" komt vaker voor in dit bestand (eerst op regel ${dupes[0]!.keyLines.get('id') ?? dupes[0]!.line})`,
            fix: 'geef elk item een eigen id',
          })),
    );
  });

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

/** Authors, series and tags: the list-style data files articles refer to. */
export const taxonomyChecker: ContentChecker = {
  name: 'taxonomy',
  parse(context) {
    const problems: Problem[] = [];
    const schemas = { authors: authorSchema, series: seriesSchema, tags: tagSchema } as const;
    for (const collection of ['authors', 'series', 'tags'] as const) {
      const path = DATA_FILES[collection];
      const records = parseDataFile(
        path,
        context.files.get(path),
        schemas[collection],
        problems,
        collection === 'authors' ? authorFieldHelp : undefined,
      );
      context.data.set(collection, records);
      context.ids.set(collection, new Set(records.flatMap((r) => (r.data && r.id ? [r.id] : []))));
    }
    return problems;
  },
  check: uniqueIdRule,
};

/** Parses, validates and cross-checks all content with the given checkers. */
export function runCheckers(
  files: ContentFiles,
  checkers: readonly ContentChecker[],
  now?: Date,
): { context: CheckContext; problems: Problem[] } {
  const context: CheckContext = {
    files,
    ids: new Map(),
    articles: [],
    data: new Map(),
    routes: new Map(fixedPaths().map((path) => [path, new Set<string>()])),
    now,
  };
  const problems = checkers.flatMap((checker) => checker.parse(context));
  for (const checker of checkers) problems.push(...(checker.check?.(context) ?? []));
  return { context, problems };
}
