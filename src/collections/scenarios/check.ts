/**
 * Content checks for the scenarios (`content/scenarios/<id>.md`): file names, frontmatter,
 * body, unique order and internal links; registered in `src/lib/content/checkers.ts`.
 */
import {
  addRoute,
  parseFolder,
  type ContentChecker,
  type DataRecord,
} from '../../lib/content/check.ts';
import {
  entryData,
  entryFrontmatter,
  entryId,
  type EntryKind,
} from '../../lib/content/entry-files.ts';
import type { Problem } from '../../lib/content/problems.ts';
import {
  SCENARIO_SECTIONS,
  SCENARIOS_INDEX,
  scenarioFieldHelp,
  scenarioPath,
  scenarioSchema,
} from './schema.ts';
import { SLUG_PATTERN } from '../../lib/content/schemas.ts';
import { slugify } from '../../lib/slug.ts';
import { internalLinks } from '../articles/links.ts';
import { parseMarkdown } from '../../lib/content/mdx.ts';

export const SCENARIOS_DIR = 'content/scenarios/';

/** Scenarios: `.md` files; the file name is the scenario id. */
const SCENARIO_FILES: EntryKind = {
  extension: '.md',
  singular: 'scenario',
  plural: 'scenario’s',
  verb: 'gepubliceerd',
  fields: 'title, summary, order, fitsWhen, advantages, risks, firstSteps, sources',
  flatIn: SCENARIOS_DIR,
};

/** Heading levels `#` and `##` belong to the page; the body sits under "Wat het is". */
const PAGE_HEADING = /^ {0,3}#{1,2}(?:\s|$)/;

function parseScenario(path: string, source: string, problems: Problem[]): DataRecord | undefined {
  const id = entryId(path, SCENARIO_FILES, problems);
  if (id === undefined) return undefined;
  if (!SLUG_PATTERN.test(id)) {
    problems.push({
      severity: 'error',
      file: path,
      message: `de bestandsnaam "${id}" is geen geldige id (alleen kleine letters, cijfers en losse streepjes)`,
      fix: `hernoem het bestand naar ${slugify(id) || 'een-korte-naam'}.md`,
    });
  }
  const fm = entryFrontmatter(path, source, SCENARIO_FILES, problems);
  // The lists (fitsWhen, risks, sources …) are long: a problem points at its item's line.
  const data: Record<string, unknown> | undefined = entryData(
    path,
    fm,
    scenarioSchema,
    scenarioFieldHelp,
    problems,
    {
      listItemLines: true,
    },
  );
  if (fm.hasFrontmatter && fm.body.trim() === '') {
    problems.push({
      severity: 'error',
      file: path,
      line: fm.bodyLine,
      message: 'de tekst onder de frontmatter ontbreekt',
      fix: 'schrijf onder de tweede regel --- in gewone zinnen wat dit scenario is',
    });
  }
  fm.body.split(/\r?\n/).forEach((line, index) => {
    if (PAGE_HEADING.test(line)) {
      problems.push({
        severity: 'error',
        file: path,
        line: fm.bodyLine + index,
        message: 'een kop met # of ## botst met de koppen van de pagina',
        fix: 'gebruik ### voor een tussenkop; de pagina zet de tekst zelf onder "Wat het is"',
      });
    }
  });
  return {
    file: path,
    id,
    line: 1,
    keyLines: fm.keyLines,
    data: data ? { ...data, body: fm.body, bodyLine: fm.bodyLine } : undefined,
  };
}

/** Scenario pages: frontmatter, body, unique order, internal links in the body. */
export const scenariosChecker: ContentChecker = {
  name: 'scenarios',
  parse(context) {
    const { records, problems } = parseFolder(context, SCENARIOS_DIR, 'scenarios', parseScenario);
    // A scenario with a broken field still exists: its own problem fails the build, and the
    // quiz and links that name it should not add a cascade of "does not exist" lines.
    const named = records.filter((record) => record.id && SLUG_PATTERN.test(record.id));
    context.ids.set('scenarios', new Set(named.map((record) => record.id!)));
    addRoute(context, SCENARIOS_INDEX);
    for (const record of named)
      addRoute(context, scenarioPath(record.id!), Object.values(SCENARIO_SECTIONS));
    return problems;
  },
  check(context) {
    const problems: Problem[] = [];
    const records = (context.data.get('scenarios') ?? []).filter((record) => record.data);
    const byOrder = Map.groupBy(records, (record) => record.data!['order'] as number);
    for (const [order, same] of byOrder) {
      if (same.length < 2) continue;
      for (const record of same) {
        problems.push({
          severity: 'error',
          file: record.file,
          line: record.keyLines.get('order'),
          field: 'order',
          message: `volgnummer ${order} heeft ook ${same
            .filter((r) => r !== record)
            .map((r) => r.file)
            .join(', ')}`,
          fix: 'geef elk scenario een eigen volgnummer',
        });
      }
    }
    for (const record of records) {
      const body = record.data!['body'] as string;
      const bodyLine = record.data!['bodyLine'] as number;
      const { tree } = parseMarkdown(body, bodyLine);
      for (const link of tree ? internalLinks(tree) : []) {
        const anchors = context.routes.get(link.path);
        if (!anchors) {
          problems.push({
            severity: 'error',
            file: record.file,
            line: link.line,
            message: `de link ${link.url} wijst naar een pagina die niet bestaat`,
            fix: 'controleer het adres; interne links beginnen met / en eindigen met /',
          });
        } else if (link.hash && anchors.size > 0 && !anchors.has(link.hash)) {
          problems.push({
            severity: 'error',
            file: record.file,
            line: link.line,
            message: `de link ${link.url} wijst naar #${link.hash}, maar die plek bestaat niet op de pagina`,
            fix: `gebruik een van: ${[...anchors].map((a) => `#${a}`).join(', ')}`,
          });
        }
      }
    }
    return problems;
  },
};
