/**
 * Content checks for the taxonomy: `content/authors.yaml`, `series.yaml` and `tags.yaml`, the
 * list-style data files articles refer to. Registered in `src/lib/content/checkers.ts`.
 */
import { parseDataFile, type ContentChecker, type ContentRule } from '../../lib/content/check.ts';
import type { Problem } from '../../lib/content/problems.ts';
import type { ReferencedCollection } from '../../lib/content/schemas.ts';
import { authorFieldHelp, authorSchema, seriesSchema, tagSchema } from './schema.ts';

const DATA_FILES: Record<ReferencedCollection, string> = {
  authors: 'content/authors.yaml',
  series: 'content/series.yaml',
  tags: 'content/tags.yaml',
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
