/**
 * References from content to other collections, found generically: the checker builds its
 * article schema with `referenceId(collection)` wherever Astro's content config uses
 * `reference(collection)`, so every reference field (today `author`, `series`, `tags`; tomorrow
 * any field another collection adds through `ref('glossary')` or `ref('scenarios')`) is known
 * to the reference rule without registering it anywhere else.
 */
import { z } from 'astro/zod';
import type { CheckContext } from './check.ts';
import type { Problem } from './problems.ts';
import { idField } from './schemas.ts';
import { closest } from './suggest.ts';

const references = z.registry<{ collection: string }>();

/** An id that must exist in `collection` (checked by the reference rule, not by Zod). */
export function referenceId(collection: string): typeof idField {
  const schema = idField.clone();
  references.add(schema, { collection });
  return schema;
}

/** Where an editor finds (or adds) the ids of a collection. */
export const COLLECTION_SOURCES: Readonly<Record<string, string>> = {
  articles: 'content/articles/',
  authors: 'content/authors.yaml',
  series: 'content/series.yaml',
  tags: 'content/tags.yaml',
  glossary: 'content/glossary/',
  scenarios: 'content/scenarios/',
};

export function collectionSource(collection: string): string {
  return COLLECTION_SOURCES[collection] ?? `de collectie "${collection}"`;
}

/** Field name → referenced collection, for every top-level field of an object schema built with `referenceId`. */
export function referenceFields(schema: z.ZodObject): Map<string, string> {
  const fields = new Map<string, string>();
  for (const [field, fieldSchema] of Object.entries(schema.shape)) {
    let inner = fieldSchema as z.core.$ZodType;
    // Look through optional(), default() and array() to the id schema itself.
    for (;;) {
      const def = inner._zod.def as {
        type: string;
        innerType?: z.core.$ZodType;
        element?: z.core.$ZodType;
      };
      const next =
        def.type === 'array'
          ? def.element
          : ['optional', 'default', 'nullable', 'prefault'].includes(def.type)
            ? def.innerType
            : undefined;
      if (!next) break;
      inner = next;
    }
    const meta = references.get(inner);
    if (meta) fields.set(field, meta.collection);
  }
  return fields;
}

const LISTED_IDS = 12;

/** The problem for a reference to an id that `collection` does not define, or `undefined` when it exists. */
export function unknownReference(
  context: CheckContext,
  where: { file: string; line: number | undefined; field: string },
  collection: string,
  id: string,
): Problem | undefined {
  const known = context.ids.get(collection) ?? new Set<string>();
  if (known.has(id)) return undefined;
  const source = collectionSource(collection);
  const suggestion = closest(id, known);
  const listed =
    [...known].slice(0, LISTED_IDS).join(', ') + (known.size > LISTED_IDS ? ', …' : '');
  return {
    severity: 'error',
    ...where,
    message: `"${id}" staat niet in ${source}`,
    fix: suggestion
      ? `bedoelt u "${suggestion}"?`
      : `gebruik een id uit ${source} (${listed || 'nog leeg'}) of voeg "${id}" daar toe`,
  };
}
