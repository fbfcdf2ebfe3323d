/**
 * Validation of the quiz data (`content/scenariokompas.yaml`) against its schema and against
 * the rest of the content: every weight names an existing scenario, every link an existing
 * scenario, article or glossary term, and the keys that make up shareable URLs are unique.
 *
 * Returns issues with a path into the data; the content checker turns them into one-line
 * messages with file and line, and `buildQuiz` refuses to build a quiz from invalid data.
 * Runs at build time only (it uses Zod); the browser never loads it.
 */
import type { z } from 'astro/zod';
import { quizQuestionSchema, type QuizQuestionData } from '../../collections/quiz/schema.ts';
import { closest } from '../content/suggest.ts';
import type { Quiz } from './engine.ts';

export type IssuePath = (string | number)[];

export interface QuizIssue {
  severity: 'error' | 'warning';
  /** Path into the file's list: `[2, 'options', 1, 'weights', 'cloudtelefonie']`. */
  path: IssuePath;
  /** Dutch, without a trailing period. */
  message: string;
  fix: string;
}

/** The ids the quiz may refer to. `terms` is undefined while the site has no glossary. */
export interface QuizReferences {
  scenarios: ReadonlySet<string>;
  articles: ReadonlySet<string>;
  terms?: ReadonlySet<string> | undefined;
}

/** The number of questions the quiz is designed for; outside it the editor gets a warning. */
export const QUESTIONS_MIN = 6;
export const QUESTIONS_MAX = 10;

const WHERE = {
  scenario: 'content/scenarios/',
  article: 'content/articles/',
  term: 'content/glossary/',
} as const;

function unknownReference(
  kind: keyof typeof WHERE,
  id: string,
  known: ReadonlySet<string> | undefined,
  path: IssuePath,
): QuizIssue {
  const noun = { scenario: 'scenario', article: 'artikel', term: 'begrip' }[kind];
  if (!known) {
    return {
      severity: 'error',
      path,
      message: `verwijst naar ${noun} "${id}", maar de site heeft nog geen begrippenlijst`,
      fix: `verwijder deze link, of voeg eerst de begrippen toe in ${WHERE[kind]}`,
    };
  }
  const suggestion = closest(id, known);
  return {
    severity: 'error',
    path,
    message: `verwijst naar ${noun} "${id}", dat niet bestaat`,
    fix: suggestion
      ? `bedoelt u "${suggestion}"?`
      : `gebruik een bestandsnaam uit ${WHERE[kind]} (${[...known].join(', ') || 'nog leeg'})`,
  };
}

/** How to fix a field of a question, by the field the schema complained about. */
const FIELD_HELP: Record<string, string> = {
  id: 'schrijf een korte id met kleine letters en streepjes, bijvoorbeeld id: eigen-beheer',
  questionKey:
    'schrijf één kleine letter die nog geen andere vraag heeft, bijvoorbeeld key: g; verander nooit de sleutel van een gepubliceerde vraag',
  optionKey:
    'schrijf één cijfer van 1 tot 9 dat nog geen ander antwoord van deze vraag heeft, bijvoorbeeld key: 3',
  question: 'schrijf de vraag op één regel tussen aanhalingstekens, eindigend met een vraagteken',
  help: 'schrijf een of twee zinnen toelichting tussen aanhalingstekens, of laat het veld weg',
  allowUnknown: 'schrijf allowUnknown: true of allowUnknown: false, of laat het veld weg',
  options:
    'geef de vraag twee tot zes antwoorden, elk met key, label, reason en weights, en laat minstens één antwoord een gewicht hebben',
  label: 'schrijf de tekst tussen aanhalingstekens, korter dan het genoemde maximum',
  reason:
    'schrijf de reden zo dat hij "Dit past omdat u aangaf dat …" afmaakt: begin met een kleine letter, geen punt aan het eind',
  weights:
    'schrijf per scenario een geheel getal van -3 tot 3, bijvoorbeeld weights: { cloudtelefonie: 2, eigen-telefooncentrale: -1 }',
  caveat:
    'schrijf een of twee zinnen uit het feitenblad tussen aanhalingstekens, of laat het veld weg',
  links:
    'schrijf hooguit vier links, elk als scenario: <id>, article: <slug> of term: <id> met label: "…"',
  scenario:
    'schrijf de bestandsnaam van een scenario zonder .md, bijvoorbeeld scenario: cloudtelefonie',
  article: 'schrijf de bestandsnaam van een artikel zonder .mdx',
  term: 'schrijf de bestandsnaam van een begrip zonder .md en een label: "…"',
};

/** The fix for a schema issue at `path`: the innermost field it is about. */
export function quizFieldHelp(path: IssuePath): string {
  const fields = path.filter((part): part is string => typeof part === 'string');
  if (fields.includes('weights')) return FIELD_HELP['weights']!;
  for (const field of [...fields].reverse()) {
    if (field === 'key')
      return FIELD_HELP[fields.includes('options') ? 'optionKey' : 'questionKey']!;
    const help = FIELD_HELP[field];
    if (help) return help;
  }
  return 'vergelijk de vraag met een andere vraag in het bestand; de velden staan uitgelegd bovenaan content/scenariokompas.yaml';
}

function zodIssues(index: number, error: z.ZodError): QuizIssue[] {
  return error.issues.flatMap((issue): QuizIssue[] => {
    const base = [
      index,
      ...issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
    ];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        severity: 'error',
        path: [...base, key],
        message: 'is geen bekend veld',
        fix: 'controleer de spelling of verwijder het',
      }));
    }
    const missing =
      issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined;
    return [
      {
        severity: 'error',
        path: base,
        message: missing ? 'ontbreekt' : issue.message,
        fix: quizFieldHelp(base),
      },
    ];
  });
}

/** Issues in the quiz data, or none. `input` is the parsed file: a list of questions. */
export function validateQuiz(
  input: unknown,
  refs: QuizReferences,
): { questions: QuizQuestionData[]; issues: QuizIssue[] } {
  const issues: QuizIssue[] = [];
  if (!Array.isArray(input)) {
    return {
      questions: [],
      issues: [
        {
          severity: 'error',
          path: [],
          message: 'verwacht een lijst met vragen die beginnen met "- id:"',
          fix: 'begin elke vraag met "- id: …" op een eigen regel, zonder inspringing',
        },
      ],
    };
  }
  if (input.length === 0)
    issues.push({
      severity: 'error',
      path: [],
      message: 'bevat geen vragen',
      fix: 'voeg vragen toe, elk beginnend met "- id:"',
    });
  else if (input.length < QUESTIONS_MIN || input.length > QUESTIONS_MAX) {
    issues.push({
      severity: 'warning',
      path: [],
      message: `heeft ${input.length} vragen; het kompas is ontworpen voor ${QUESTIONS_MIN} tot ${QUESTIONS_MAX}`,
      fix: 'te weinig vragen geeft een grove uitkomst, te veel haakt lezers af',
    });
  }

  const questions: QuizQuestionData[] = [];
  const ids = new Map<string, number>();
  const keys = new Map<string, number>();
  input.forEach((raw, index) => {
    const result = quizQuestionSchema.safeParse(raw, { reportInput: true });
    if (!result.success) {
      issues.push(...zodIssues(index, result.error));
      return;
    }
    const question = result.data;
    questions.push(question);
    const firstId = ids.get(question.id);
    if (firstId !== undefined)
      issues.push({
        severity: 'error',
        path: [index, 'id'],
        message: `"${question.id}" is ook de id van vraag ${firstId + 1}`,
        fix: 'geef elke vraag een eigen id',
      });
    else ids.set(question.id, index);
    const firstKey = keys.get(question.key);
    if (firstKey !== undefined) {
      issues.push({
        severity: 'error',
        path: [index, 'key'],
        message: `"${question.key}" is ook de sleutel van vraag ${firstKey + 1}`,
        fix: 'kies een letter die nog niet in gebruik is; verander nooit de sleutel van een gepubliceerde vraag',
      });
    } else keys.set(question.key, index);

    question.options.forEach((option, optionIndex) => {
      for (const scenario of Object.keys(option.weights)) {
        if (!refs.scenarios.has(scenario))
          issues.push(
            unknownReference('scenario', scenario, refs.scenarios, [
              index,
              'options',
              optionIndex,
              'weights',
              scenario,
            ]),
          );
      }
    });
    question.links.forEach((link, linkIndex) => {
      if ('scenario' in link && !refs.scenarios.has(link.scenario))
        issues.push(
          unknownReference('scenario', link.scenario, refs.scenarios, [
            index,
            'links',
            linkIndex,
            'scenario',
          ]),
        );
      if ('article' in link && !refs.articles.has(link.article))
        issues.push(
          unknownReference('article', link.article, refs.articles, [
            index,
            'links',
            linkIndex,
            'article',
          ]),
        );
      if ('term' in link && !refs.terms?.has(link.term))
        issues.push(
          unknownReference('term', link.term, refs.terms, [index, 'links', linkIndex, 'term']),
        );
    });
  });

  // A scenario no answer speaks for can never come out on top.
  if (questions.length === input.length) {
    for (const scenario of refs.scenarios) {
      const favoured = questions.some((q) => q.options.some((o) => (o.weights[scenario] ?? 0) > 0));
      if (!favoured) {
        issues.push({
          severity: 'warning',
          path: [],
          message: `geen enkel antwoord pleit voor scenario "${scenario}", dus het kan nooit bovenaan komen`,
          fix: `geef "${scenario}" bij minstens één antwoord een positief gewicht`,
        });
      }
    }
  }
  return { questions, issues };
}

/**
 * The engine's model of valid quiz data: weights become arrays in the order of `scenarioIds`
 * (the editorial order). Throws, listing every problem, when the data is invalid.
 */
export function buildQuiz(
  input: unknown,
  scenarioIds: readonly string[],
  refs: Omit<QuizReferences, 'scenarios'>,
): { quiz: Quiz; questions: QuizQuestionData[] } {
  const { questions, issues } = validateQuiz(input, { ...refs, scenarios: new Set(scenarioIds) });
  const errors = issues.filter((issue) => issue.severity === 'error');
  if (errors.length) {
    throw new Error(
      `De vragen van het scenariokompas zijn ongeldig:\n${errors.map((e) => `- ${e.path.join('.') || '(bestand)'}: ${e.message}${e.fix ? ` — oplossing: ${e.fix}` : ''}`).join('\n')}`,
    );
  }
  const quiz: Quiz = {
    scenarios: scenarioIds.map((id) => ({ id })),
    questions: questions.map((question) => ({
      key: question.key,
      allowUnknown: question.allowUnknown,
      options: question.options.map((option) => ({
        key: option.key,
        reason: option.reason,
        weights: scenarioIds.map((id) => option.weights[id] ?? 0),
      })),
    })),
  };
  return { quiz, questions };
}
