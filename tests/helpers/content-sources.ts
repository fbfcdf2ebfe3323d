/** In-memory content for checker tests: a valid baseline that each test breaks in one way. */
import type { ContentFiles } from '../../src/lib/content/check.ts';

export interface SourceFile {
  path: string;
  source: string;
}

export const AUTHORS = `- id: redactie\n  name: Redactie\n  bio: Adviseurs gemeentelijke telefonie.\n`;
export const SERIES = `- id: gt-connect\n  title: GT Connect en wat nu?\n  description: Wat ging er mis met GT Connect en welke keuzes heeft een gemeente nu voor haar telefonie?\n`;
export const TAGS = [
  `- id: gt-connect\n  label: GT Connect\n  description: Alles over GT Connect, de gezamenlijke aanbesteding voor telefonie van gemeenten.\n`,
  `- id: telefonie\n  label: Telefonie\n  description: Wat een gemeente van haar telefonie vraagt, van 14+netnummer tot doorschakelen.\n`,
].join('');

/** A valid timeline with one event; checker tests for the timeline replace it. */
export const TIMELINE = [
  '- id: atos-wint',
  '  date: 2019-03-01',
  '  precision: month',
  '  event: Atos wint de aanbesteding GT Connect.',
  '  certainty: media',
  '  sources:',
  '    - https://channelconnect.nl/voipdossier/2019/04/15/atos-wint-grote-overheidsaanbesteding-gt-connect/',
  '',
].join('\n');

/** A glossary file: frontmatter fields (YAML values, in order) and an explanation. */
export function glossaryFile(
  id: string,
  fields: Record<string, string | undefined>,
  body = 'Een korte uitleg in gewone taal.\n',
): SourceFile {
  const base: Record<string, string | undefined> = {
    term: id.replace(/-/g, ' '),
    definition: '"Een definitie van één zin, lang genoeg."',
    sources: '[https://vng.nl/artikelen/veelgestelde-vragen-gt-connect-2]',
    ...fields,
  };
  const lines = Object.entries(base)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${value}`);
  return { path: `content/glossary/${id}.md`, source: `---\n${lines.join('\n')}\n---\n\n${body}` };
}

/**
 * Today as `YYYY-MM-DD`: the baseline's `reviewedDate`, never stale and never in the future, so
 * the valid fixtures stay valid whatever day the tests run.
 */
export const TODAY = new Date().toISOString().slice(0, 10);

/**
 * A valid `reviewedDate` for an article with this pubDate: today, or the pubDate itself when
 * the article is scheduled (a check may not lie before pubDate nor after today or pubDate).
 */
export function reviewedDateFor(pubDate: string | undefined): string {
  return pubDate && /^\d{4}-\d{2}-\d{2}$/.test(pubDate) && pubDate > TODAY ? pubDate : TODAY;
}

/**
 * Frontmatter of a valid article; override or drop fields with `fields`. `reviewedDate` comes
 * last (after any added fields), so the line numbers of the other fields stay as they were.
 */
export function frontmatter(fields: Record<string, string | undefined> = {}): string {
  const base: Record<string, string | undefined> = {
    title: '"Een geldig artikel"',
    description:
      '"Een samenvatting die lang genoeg is voor zoekmachines en feedlezers om te tonen."',
    pubDate: '2020-10-01',
    author: 'redactie',
    series: 'gt-connect',
    seriesPart: '1',
    tags: '[gt-connect]',
    ...fields,
  };
  if (!('reviewedDate' in fields)) base['reviewedDate'] = TODAY;
  const lines = Object.entries(base)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

export function article(
  slug: string,
  fields: Record<string, string | undefined> = {},
  body = '\nTekst van het artikel.\n',
): SourceFile {
  return { path: `content/articles/${slug}.mdx`, source: frontmatter(fields) + body };
}

/** Frontmatter fields of a valid scenario, as YAML lines; override or drop fields with `fields`. */
export function scenario(
  id: string,
  fields: Record<string, string | undefined> = {},
  body = '\nWat dit scenario is, in gewone zinnen.\n',
): SourceFile {
  const base: Record<string, string | undefined> = {
    title: `"Scenario ${id}"`,
    shortTitle: `"${id}"`,
    summary: '"Een samenvatting van het scenario die lang genoeg is voor lijsten en zoekmachines."',
    order: '1',
    fitsWhen: '\n  - "U wilt weinig eigen beheer."',
    advantages: '\n  - "Geen eigen centrale in huis."',
    risks: '\n  - "Controleer of de dienst 112 kan bellen."',
    firstSteps: '\n  - "Schrijf uw eisen op."',
    sources: '\n  - title: "Een bron"\n    url: https://example.org/bron',
    ...fields,
  };
  if (!('reviewedDate' in fields)) base['reviewedDate'] = TODAY;
  const lines = Object.entries(base)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}:${value!.startsWith('\n') ? '' : ' '}${value}`);
  return { path: `content/scenarios/${id}.md`, source: `---\n${lines.join('\n')}\n---\n${body}` };
}

/** The two scenarios of the baseline. */
export const SCENARIOS = [
  scenario('cloudtelefonie'),
  scenario('eigen-telefooncentrale', { order: '2' }),
];

/** One quiz question as YAML; `extra` adds lines (indented two spaces) at the end of the entry. */
export function quizQuestion(id: string, key: string, extra = ''): string {
  return [
    `- id: ${id}`,
    `  key: ${key}`,
    `  question: "Vraag ${id}?"`,
    '  options:',
    '    - key: 1',
    '      label: "Ja"',
    `      reason: "u ja zei op ${id}"`,
    '      weights: { cloudtelefonie: 2, eigen-telefooncentrale: -1 }',
    '    - key: 2',
    '      label: "Nee"',
    `      reason: "u nee zei op ${id}"`,
    '      weights: { eigen-telefooncentrale: 2 }',
    extra,
  ]
    .filter(Boolean)
    .join('\n');
}

/** A valid quiz of six questions (keys a–f) over the baseline scenarios. */
export const QUIZ =
  ['een', 'twee', 'drie', 'vier', 'vijf', 'zes']
    .map((id, i) => quizQuestion(id, 'abcdef'[i]!))
    .join('\n') + '\n';

/**
 * A content folder: the valid data files, scenarios, quiz and timeline plus `articles` (or any
 * other content files, such as glossary entries). `over` replaces files by path
 * (`'content/authors.yaml'`); `undefined` removes one.
 */
export function sources(
  articles: SourceFile[],
  over: Record<string, string | undefined> = {},
): ContentFiles {
  const files = new Map<string, string>([
    ['content/authors.yaml', AUTHORS],
    ['content/series.yaml', SERIES],
    ['content/tags.yaml', TAGS],
    ...SCENARIOS.map(({ path, source }): [string, string] => [path, source]),
    ['content/scenariokompas.yaml', QUIZ],
    ['content/timeline.yaml', TIMELINE],
  ]);
  for (const { path, source } of articles) files.set(path, source);
  for (const [path, source] of Object.entries(over)) {
    if (source === undefined) files.delete(path);
    else files.set(path, source);
  }
  return files;
}
