/**
 * What every folder-of-files collection (articles, glossary, scenarios) checks the same way:
 * which files are entries, and whether their frontmatter is there and is valid YAML. The
 * messages name the collection, so an editor reads "alleen .md-bestanden zijn begrippen".
 */
import type { z } from 'astro/zod';
import { schemaProblems } from './check.ts';
import { parseFrontmatter } from './frontmatter.ts';
import type { Problem } from './problems.ts';

export interface EntryKind {
  /** The one extension entries have: `.mdx` for articles, `.md` for the rest. */
  extension: '.md' | '.mdx';
  /** "artikel", "begrip", "scenario". */
  singular: string;
  /** "artikelen", "begrippen", "scenario’s". */
  plural: string;
  /** What happens to a file with another extension: it is "gepubliceerd" or "gebruikt" not. */
  verb: 'gepubliceerd' | 'gebruikt';
  /** Files that may sit in the folder without being entries (images next to articles). */
  companions?: RegExp;
  /** The fields to name when the frontmatter is missing. */
  fields: string;
  /** Extra advice for YAML errors in this collection. */
  yamlHint?: string;
  /**
   * For collections read only from the folder itself (glossary, scenarios: the file name is the
   * address): that folder, e.g. `content/glossary/`. A file in a subfolder is refused, because
   * Astro's loader, the term links and the checker all read only the files directly inside.
   */
  flatIn?: string;
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * The id (file name without extension) of an entry file, or `undefined` when the file is no
 * entry: a `_partial`, a companion file, or a wrong extension (which is reported: such a file
 * would otherwise be silently left out).
 */
export function entryId(path: string, kind: EntryKind, problems: Problem[]): string | undefined {
  const name = basename(path);
  if (name.startsWith('_') || kind.companions?.test(name)) return undefined;
  if (kind.flatIn && path.startsWith(kind.flatIn) && path.slice(kind.flatIn.length).includes('/')) {
    problems.push({
      severity: 'error',
      file: path,
      message: `wordt niet ${kind.verb}: ${kind.plural} in een submap van ${kind.flatIn} worden niet gelezen`,
      fix: `zet het bestand direct in ${kind.flatIn} (git mv ${path} ${kind.flatIn}${name})`,
    });
    return undefined;
  }
  if (!name.endsWith(kind.extension)) {
    problems.push({
      severity: 'error',
      file: path,
      message: `wordt niet ${kind.verb}: alleen ${kind.extension}-bestanden zijn ${kind.plural}`,
      fix: `hernoem het bestand naar ${name.replace(/\.[^.]*$/, '')}${kind.extension}, of zet een _ voor de naam als het geen ${kind.singular} is`,
    });
    return undefined;
  }
  return name.slice(0, -kind.extension.length);
}

/** Splits off and parses the frontmatter, reporting a missing block and YAML errors. */
export function entryFrontmatter(
  path: string,
  source: string,
  kind: EntryKind,
  problems: Problem[],
): ReturnType<typeof parseFrontmatter> {
  const fm = parseFrontmatter(source);
  if (!fm.hasFrontmatter) {
    problems.push({
      severity: 'error',
      file: path,
      line: 1,
      message: 'de frontmatter ontbreekt',
      fix: `begin het bestand met een regel ---, dan de velden (${kind.fields}) en weer een regel ---`,
    });
  }
  for (const error of fm.errors) {
    problems.push({
      severity: 'error',
      file: path,
      line: error.line,
      message: `de frontmatter is geen geldige YAML: ${error.message}`,
      fix: `controleer aanhalingstekens, dubbele punten en inspringing op deze regel${kind.yamlHint ? `; ${kind.yamlHint}` : ''}`,
    });
  }
  return fm;
}

/**
 * The frontmatter validated against the entry's schema: the data, or `undefined` with every
 * schema problem pushed (line, field and fix). `listItemLines`: a problem inside a list points at
 * the item's own line (`fitsWhen[2]`) instead of the field's.
 */
export function entryData<Schema extends z.ZodObject>(
  path: string,
  fm: ReturnType<typeof parseFrontmatter>,
  schema: Schema,
  fieldHelp: (field: string) => string | undefined,
  problems: Problem[],
  { listItemLines = false } = {},
): z.output<Schema> | undefined {
  if (!fm.data) return undefined;
  const result = schema.safeParse(fm.data, { reportInput: true });
  if (result.success) return result.data;
  const found = schemaProblems(
    path,
    result.error,
    fm.keyLines,
    Object.keys(schema.shape),
    1,
    fieldHelp,
  );
  problems.push(
    ...(listItemLines
      ? found.map((problem) => {
          const issuePath = problem.field
            ?.match(/[^.[\]]+/g)
            ?.map((part) => (/^\d+$/.test(part) ? Number(part) : part));
          return issuePath && issuePath.length > 1
            ? { ...problem, line: fm.lineAt(issuePath) ?? problem.line }
            : problem;
        })
      : found),
  );
  return undefined;
}
