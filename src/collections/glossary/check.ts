/**
 * Checks the glossary (`content/glossary/<id>.md`): file names, frontmatter, an explanation in
 * the body, related terms that exist, and forms (term, abbreviation, aliases) that belong to
 * one term only, because an article mention must link to exactly one page.
 *
 * Sources may be http when the fact sheet has no https address; the pages show those as text
 * (this site links only to https) and the build tests keep the list of them fixed.
 */
import {
  addRoute,
  filesIn,
  parseFolder,
  type CheckContext,
  type ContentChecker,
  type ContentFiles,
  type DataRecord,
} from '../../lib/content/check.ts';
import {
  entryData,
  entryFrontmatter,
  entryId,
  type EntryKind,
} from '../../lib/content/entry-files.ts';
import { glossarySchema, type GlossaryData } from './schema.ts';
import type { Problem } from '../../lib/content/problems.ts';
import { SLUG_PATTERN } from '../../lib/content/schemas.ts';
import { closest } from '../../lib/content/suggest.ts';
import { formKey, termHref, type GlossaryEntryRef } from '../../lib/glossary.ts';
import { countWords } from '../../lib/text/words.ts';
import { slugify } from '../../lib/slug.ts';

export const GLOSSARY_DIR = 'content/glossary/';

/** A short explanation: longer than this and it should become an article. */
export const EXPLANATION_MAX_WORDS = 150;

const HELP: Record<string, string> = {
  term: 'schrijf de term zoals lezers hem kennen, bijvoorbeeld term: Direct Routing',
  abbreviation: 'schrijf alleen de afkorting, bijvoorbeeld abbreviation: BIO, of laat het veld weg',
  aliases:
    'schrijf een lijst met andere schrijfwijzen, bijvoorbeeld aliases: [pentests, penetratietest]',
  matchCase:
    'schrijf matchCase: true (alleen met precies deze hoofdletters herkennen) of laat het veld weg',
  definition:
    'schrijf één zin op één regel, bijvoorbeeld definition: "Spoedprocedure bij de rechter met een voorlopig oordeel."',
  related:
    'schrijf een lijst met ids van andere begrippen (bestandsnamen zonder .md), bijvoorbeeld related: [sbc, operator-connect]',
  sources:
    'schrijf een lijst met minstens één webadres uit het feitenblad, bijvoorbeeld sources: [https://vng.nl/…]',
};

export function glossaryFieldHelp(field: string): string | undefined {
  return HELP[field];
}

/** A parsed glossary file. `data` is undefined when the frontmatter has errors. */
export interface GlossaryRecord extends DataRecord {
  id: string;
  glossary: GlossaryData | undefined;
}

/** Glossary terms: `.md` files named after the term. */
const GLOSSARY_FILES: EntryKind = {
  extension: '.md',
  singular: 'begrip',
  plural: 'begrippen',
  verb: 'gebruikt',
  fields: 'term, definition, sources',
  flatIn: GLOSSARY_DIR,
};

function parseEntry(path: string, source: string, problems: Problem[]): GlossaryRecord | undefined {
  const id = entryId(path, GLOSSARY_FILES, problems);
  if (id === undefined) return undefined;
  const fm = entryFrontmatter(path, source, GLOSSARY_FILES, problems);
  if (!fm.hasFrontmatter) return undefined;
  const glossary: GlossaryData | undefined = entryData(
    path,
    fm,
    glossarySchema,
    glossaryFieldHelp,
    problems,
  );
  if (!SLUG_PATTERN.test(id)) {
    problems.push({
      severity: 'error',
      file: path,
      message: `de bestandsnaam "${id}" is geen geldig webadres (alleen kleine letters, cijfers en losse streepjes)`,
      fix: `hernoem het bestand naar ${slugify(glossary?.term ?? id) || 'een-begrip'}.md`,
    });
  } else if (glossary) {
    const expected = [
      slugify(glossary.term),
      ...(glossary.abbreviation ? [slugify(glossary.abbreviation)] : []),
    ];
    if (!expected.includes(id)) {
      problems.push({
        severity: 'error',
        file: path,
        line: fm.keyLines.get('term'),
        field: 'term',
        message: `de bestandsnaam "${id}" past niet bij de term "${glossary.term}"`,
        fix: `hernoem het bestand naar ${expected.map((e) => `${e}.md`).join(' of ')}; de bestandsnaam is het webadres van het begrip`,
      });
    }
  }
  const explanation = fm.body.trim();
  if (explanation === '') {
    problems.push({
      severity: 'error',
      file: path,
      line: fm.bodyLine,
      message: 'de uitleg ontbreekt',
      fix: 'schrijf onder de frontmatter (na de tweede regel ---) een korte uitleg in gewone taal',
    });
  } else if (countWords(explanation) > EXPLANATION_MAX_WORDS) {
    problems.push({
      severity: 'warning',
      file: path,
      line: fm.bodyLine,
      message: `de uitleg is lang: ${countWords(explanation)} woorden`,
      fix: `houd de uitleg onder ${EXPLANATION_MAX_WORDS} woorden; schrijf een artikel als er meer te zeggen is`,
    });
  }
  return {
    file: path,
    id,
    line: 1,
    keyLines: fm.keyLines,
    data: glossary as Record<string, unknown> | undefined,
    glossary,
  };
}

/** Related terms must exist and may not be the term itself. */
function relatedProblems(
  records: readonly GlossaryRecord[],
  known: ReadonlySet<string>,
): Problem[] {
  return records.flatMap((record) =>
    (record.glossary?.related ?? []).flatMap((id): Problem[] => {
      const line = record.keyLines.get('related');
      if (id === record.id) {
        return [
          {
            severity: 'error',
            file: record.file,
            line,
            field: 'related',
            message: `"${id}" is dit begrip zelf`,
            fix: `haal "${id}" uit related`,
          },
        ];
      }
      if (known.has(id)) return [];
      const suggestion = closest(
        id,
        [...known].filter((other) => other !== record.id),
      );
      return [
        {
          severity: 'error',
          file: record.file,
          line,
          field: 'related',
          message: `"${id}" is geen bekend begrip: ${GLOSSARY_DIR}${id}.md bestaat niet`,
          fix: suggestion
            ? `bedoelt u "${suggestion}"?`
            : `gebruik de bestandsnaam (zonder .md) van een begrip in ${GLOSSARY_DIR}, of maak ${GLOSSARY_DIR}${id}.md aan`,
        },
      ];
    }),
  );
}

/**
 * Every form (term, abbreviation, alias) belongs to one term: a shared alias, or an alias that
 * is another term, would make a mention link to an arbitrary page. Compared without case and
 * extra spaces; a form repeated within one term is reported too.
 */
function formProblems(records: readonly GlossaryRecord[]): Problem[] {
  const problems: Problem[] = [];
  const owners = new Map<
    string,
    { record: GlossaryRecord; field: 'term' | 'abbreviation' | 'aliases'; text: string }
  >();
  const describe = (field: string) =>
    field === 'term' ? 'de term' : field === 'abbreviation' ? 'de afkorting' : 'een alias';
  for (const record of records) {
    const data = record.glossary;
    if (!data) continue;
    const forms = [
      { field: 'term' as const, text: data.term },
      ...(data.abbreviation ? [{ field: 'abbreviation' as const, text: data.abbreviation }] : []),
      ...data.aliases.map((text) => ({ field: 'aliases' as const, text })),
    ];
    for (const form of forms) {
      const key = formKey(form.text);
      const owner = owners.get(key);
      if (!owner) {
        owners.set(key, { record, ...form });
        continue;
      }
      const line = record.keyLines.get(form.field);
      if (owner.record === record) {
        problems.push({
          severity: 'error',
          file: record.file,
          line,
          field: form.field,
          message: `"${form.text}" staat dubbel: het is ook ${describe(owner.field)} van dit begrip`,
          fix: `haal "${form.text}" één keer weg`,
        });
        continue;
      }
      problems.push({
        severity: 'error',
        file: record.file,
        line,
        field: form.field,
        message: `"${form.text}" is ook ${describe(owner.field)} van ${owner.record.file}; een schrijfwijze hoort bij één begrip`,
        fix: `haal "${form.text}" weg uit een van beide bestanden, of voeg de begrippen samen`,
      });
    }
  }
  return problems;
}

/** The records that are usable terms, as the term links and the search hints take them. */
function usableEntries(records: readonly GlossaryRecord[]): GlossaryEntryRef[] {
  return records.flatMap((record) =>
    record.glossary && SLUG_PATTERN.test(record.id) ? [{ id: record.id, ...record.glossary }] : [],
  );
}

/**
 * The usable terms among `files`, read exactly as the checker reads them (same folder rule,
 * same schema, same id), so the term links, the search hints and the checked glossary never
 * disagree about which terms exist. Problems are the checker's to report; here they are dropped.
 */
export function glossaryEntries(files: ContentFiles): GlossaryEntryRef[] {
  const ignored: Problem[] = [];
  return usableEntries(
    filesIn(files, GLOSSARY_DIR).flatMap(
      ([path, source]) => parseEntry(path, source, ignored) ?? [],
    ),
  );
}

/** The glossary records of a checked context (for the build and the tests). */
export function glossaryRecords(context: CheckContext): GlossaryRecord[] {
  return (context.data.get('glossary') ?? []) as GlossaryRecord[];
}

/** The usable terms of a checked context: `glossaryEntries` without reading the files again. */
export function checkedGlossaryEntries(context: CheckContext): GlossaryEntryRef[] {
  return usableEntries(glossaryRecords(context));
}

export const glossaryChecker: ContentChecker = {
  name: 'glossary',
  parse(context) {
    const { records, problems } = parseFolder(context, GLOSSARY_DIR, 'glossary', parseEntry);
    const valid = records.filter((r) => r.glossary && SLUG_PATTERN.test(r.id));
    // No glossary files means the site has no glossary (yet): other checkers can say so.
    if (records.length > 0) context.ids.set('glossary', new Set(valid.map((r) => r.id)));
    for (const record of valid) addRoute(context, termHref(record.id));
    return problems;
  },
  check(context) {
    const records = glossaryRecords(context);
    const known = new Set([...records.filter((r) => SLUG_PATTERN.test(r.id)).map((r) => r.id)]);
    return [...relatedProblems(records, known), ...formProblems(records)];
  },
};
