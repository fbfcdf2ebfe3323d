/**
 * The content checker's core: the context every checker fills (files, records, ids, routes),
 * the helpers they share (files in a folder, schema problems with line and fix, list-style data
 * files) and the runner. Each content type's checker is in `src/collections/<type>/check.ts`.
 * It collects every problem instead of stopping at the first one.
 *
 * Pure: it receives file contents and returns problems. Disk access lives in
 * `src/integrations/content-checks.ts`.
 */
import type { z } from 'astro/zod';
import { parseYamlList } from './frontmatter.ts';
import type { Problem } from './problems.ts';
import { articleSchema, imagePath } from '../../collections/articles/schema.ts';
import { referenceId } from './references.ts';
import { closest } from './suggest.ts';
import { fixedPaths } from '../../routes.ts';

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

/** The order of file paths in reports and reads (what `localeCompare` gives, with one collator for all). */
export const pathOrder = new Intl.Collator();

/** Files in `dir` (for example `content/articles/`), sorted. */
export function filesIn(files: ContentFiles, dir: string): [path: string, source: string][] {
  return [...files]
    .filter(([path]) => path.startsWith(dir))
    .sort(([a], [b]) => pathOrder.compare(a, b));
}

/**
 * Parses every file of a folder collection with `parse` and stores the records in
 * `context.data` under `collection`, so later rules see them; the problems go to the caller.
 */
export function parseFolder<R extends DataRecord>(
  context: CheckContext,
  dir: string,
  collection: string,
  parse: (path: string, source: string, problems: Problem[]) => R | undefined,
): { records: R[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const records = filesIn(context.files, dir).flatMap(
    ([path, source]) => parse(path, source, problems) ?? [],
  );
  context.data.set(collection, records);
  return { records, problems };
}

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
